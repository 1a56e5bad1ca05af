package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.search.PlaceRoles;
import jp.junction.bot.search.ResourceSearch;
import org.springframework.stereotype.Component;

/**
 * {@code search}: answers a typed question (with the dialog's {@code hint} words when the bot had
 * asked "where?"), or a tapped page or refinement carrying its question in the postback. A typed
 * question that names no place is asked where the conversation already is: near the location the
 * person shared, else in the places of their last question (and the answer says so); one that names
 * a place makes that the conversation's place.
 */
@Component
class FindAction implements DialogAction {

  private final SearchAnswers answers;
  private final ResourceSearch search;
  private final DialogContent words;
  private final PlaceGuesses guesses;

  FindAction(
      SearchAnswers answers, ResourceSearch search, DialogContent words, Gazetteer gazetteer) {
    this.answers = answers;
    this.search = search;
    this.words = words;
    this.guesses = new PlaceGuesses(gazetteer, words);
  }

  @Override
  public String name() {
    return SearchAnswers.ACTION;
  }

  @Override
  public java.util.Set<String> fieldsFromWhatWasSaid() {
    return SearchMemory.FIELDS;
  }

  @Override
  public ActionResult run(ActionContext context) {
    Question question = Question.fromArgs(context.args(), context.text());
    if (question.text().isEmpty() && question.latitude() == null) {
      return ActionResult.nothing();
    }
    SearchMemory memory = new SearchMemory(context.state());
    Inbound.Text typed = context.inbound() instanceof Inbound.Text t ? t : null;
    GuideTexts note = null;
    PlaceGuesses.Told told = new PlaceGuesses.Told(List.of(), List.of());
    if (typed != null) {
      PlaceRoles roles = search.places(question.text());
      Optional<SearchMemory.Here> here = memory.here();
      Optional<String> places = memory.places();
      if (SearchMemory.namesPlace(roles)) {
        memory.rememberPlaces(roles);
        told = guesses.tell(question.text(), roles);
      } else if (here.isPresent()) {
        question = new Question(question.text(), here.get().latitude(), here.get().longitude(), 0);
        note = GuideTexts.REMEMBERED_HERE;
      } else if (places.isPresent()) {
        question = new Question(question.text() + " " + places.get(), null, null, 0);
        note = GuideTexts.REMEMBERED_PLACES;
      }
    } else {
      Question tapped = question;
      question = memory.last().map(l -> tapped.restoredFrom(l.question())).orElse(tapped);
    }
    AnswerCache.Answer answer = answers.reply(question, typed);
    memory.rememberLast(question, answer.next());
    List<String> lines = new ArrayList<>(told.lines());
    if (note != null) {
      lines.add(words.text(note).strip());
    }
    return ActionResult.say(noted(answer.messages(), lines, told.chips()));
  }

  /**
   * The answer with lines saying where it looked after its first words, and chips for the other
   * places it could have meant first among the last message's quick replies.
   */
  private static List<OutgoingMessage> noted(
      List<OutgoingMessage> messages, List<String> lines, List<OutgoingMessage.Action> chips) {
    List<OutgoingMessage> out = new ArrayList<>(messages);
    if (out.isEmpty()) {
      return out;
    }
    if (!lines.isEmpty() && out.get(0) instanceof OutgoingMessage.Text first) {
      out.set(
          0,
          new OutgoingMessage.Text(
              first.text().strip() + "\n" + String.join("\n", lines), first.quickReplies()));
    }
    if (!chips.isEmpty()) {
      int lastAt = out.size() - 1;
      OutgoingMessage last = out.get(lastAt);
      List<OutgoingMessage.Action> quick = new ArrayList<>(chips);
      quick.addAll(last.quickReplies());
      List<OutgoingMessage.Action> capped =
          quick.subList(0, Math.min(quick.size(), LineLimits.QUICK_REPLIES));
      out.set(
          lastAt,
          last instanceof OutgoingMessage.Cards cards
              ? new OutgoingMessage.Cards(cards.altText(), cards.cards(), capped)
              : new OutgoingMessage.Text(((OutgoingMessage.Text) last).text(), capped));
    }
    return out;
  }
}
