/**
 * Talk: conversational acts in typed text that are not questions for the search — distress that is
 * not acute, greetings, thanks, goodbyes, laughter, emoji or one character, 「わからない」, questions
 * about the bot, long stories with no request, and short messages that tell something without
 * asking (answered as heard, with a person one tap away, never with cards on one word). {@link
 * jp.junction.bot.talk.TalkReader} reads them by meaning class (patterns in {@code
 * dialogs/talk.yml} over three {@link jp.junction.bot.talk.TalkViews views}: the text folded by the
 * crisis normaliser, its Kuromoji base forms so conjugation and dialect collapse, and its Latin
 * words; romaji is read as kana) and names the node of {@code dialogs/talk.yml} that answers; the
 * dialog engine asks it after the crisis screening and the triggers, before the search.
 */
package jp.junction.bot.talk;
