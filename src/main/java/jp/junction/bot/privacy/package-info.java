/**
 * Privacy: keyed pseudonyms instead of LINE user ids, erasure of everything a feature keeps about a
 * person ({@link jp.junction.bot.conversation.PersonalData}; 「データを消して」, unfollow), and anonymous
 * statistics for staff ({@link jp.junction.bot.privacy.AnonymousStats}).
 */
package jp.junction.bot.privacy;
