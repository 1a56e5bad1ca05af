package jp.junction.bot.handoff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.ConversationHold;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.safety.CrisisNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps the bot quiet for a person who asked for staff: each message while quiet says nothing and
 * counts the quiet time again; a whole message of {@code lists.handoff_release} (「メニュー」
 * 「ボットに戻る」「データを消して」) or a tap on one of the bot's buttons brings the bot back with a short note, as
 * does the first message after the time ran out. When the store cannot be read the bot answers: an
 * answer nobody needed is better than silence nobody explains.
 */
@Component
class HandoffHold implements ConversationHold {

  private static final Logger log = LoggerFactory.getLogger(HandoffHold.class);

  private final HandoffSettings settings;
  private final QuietStore store;
  private final DialogContent content;
  private final HandoffWords words;
  private final Set<String> release;
  private final String startTap;

  HandoffHold(HandoffSettings settings, QuietStore store, DialogContent content) {
    this.settings = settings;
    this.store = store;
    this.content = content;
    this.words = new HandoffWords(content);
    this.release =
        content.list(HandoffLists.RELEASE).stream()
            .map(CrisisNormalizer::foldMessage)
            .collect(Collectors.toUnmodifiableSet());
    if (release.contains("")) {
      throw new IllegalStateException(
          "dialogs: lists." + HandoffLists.RELEASE.key() + " has an entry that folds to nothing");
    }
    this.startTap =
        ((OutgoingMessage.Action.Postback)
                content.postback("-", HandoffActions.START, Map.of(), null))
            .data();
  }

  @Override
  public Verdict before(Inbound inbound) {
    if (!settings.enabled()
        || inbound instanceof Inbound.Follow
        || inbound instanceof Inbound.Unfollow
        || inbound instanceof Inbound.Unsend) {
      return Verdict.proceed();
    }
    QuietStore.Standing standing;
    try {
      standing = store.standing(inbound.person());
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Staff chat state unavailable, answering: {}", e.getClass().getSimpleName());
      return Verdict.proceed();
    }
    if (standing instanceof QuietStore.Standing.Free) {
      return Verdict.proceed();
    }
    if (standing instanceof QuietStore.Standing.Ended) {
      return back(inbound, HandoffTexts.TIMED_OUT);
    }
    if (inbound instanceof Inbound.Postback tap) {
      // Tapping 「スタッフと話したい」 again renews (the action does); any other button is the bot's.
      return startTap.equals(tap.data()) ? Verdict.proceed() : back(inbound, HandoffTexts.RETURNED);
    }
    if (inbound instanceof Inbound.Text text
        && release.contains(CrisisNormalizer.foldMessage(text.text()))) {
      return back(inbound, HandoffTexts.RETURNED);
    }
    try {
      store.hold(inbound.person());
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Staff chat time not renewed: {}", e.getClass().getSimpleName());
    }
    return Verdict.quiet();
  }

  private Verdict back(Inbound inbound, HandoffTexts note) {
    try {
      store.end(inbound.person());
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Staff chat state not ended: {}", e.getClass().getSimpleName());
    }
    String text = content.text(note, Map.of("quiet", words.length(settings.quietFor())));
    return Verdict.proceedAfter(List.of(new OutgoingMessage.Text(text)));
  }
}
