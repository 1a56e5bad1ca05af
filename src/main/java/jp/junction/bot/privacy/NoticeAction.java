package jp.junction.bot.privacy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * {@code privacy.notice}: what the bot keeps, why and for how long, with every length filled in
 * from the feature that enforces it ({@link PersonalData#keptFor()}, {@link Retention}), so the
 * notice cannot drift from the code.
 */
@Component
class NoticeAction implements DialogAction {

  static final String NAME = "privacy.notice";

  private final DialogContent content;
  private final List<PersonalData> kinds;
  private final List<Retention> retentions;

  NoticeAction(DialogContent content, List<PersonalData> kinds, List<Retention> retentions) {
    content.require(PrivacyTexts.values());
    this.content = content;
    this.kinds = List.copyOf(kinds);
    this.retentions = List.copyOf(retentions);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ActionResult run(ActionContext context) {
    return ActionResult.say(new OutgoingMessage.Text(content.text(PrivacyTexts.NOTICE, values())));
  }

  /** The placeholders the notice may use. */
  Map<String, String> values() {
    Map<String, String> values = new HashMap<>();
    kinds.forEach(
        k -> k.keptFor().ifPresent(d -> values.put("kept." + k.textKey().key(), length(d))));
    retentions.forEach(r -> values.put("kept." + r.retentionName(), length(r.retention())));
    return values;
  }

  /** A length in the largest whole unit: 30分, 24時間, 90日. */
  String length(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return content.text(PrivacyTexts.UNIT_DAYS, Map.of("n", d.toDays()));
    }
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return content.text(PrivacyTexts.UNIT_HOURS, Map.of("n", d.toHours()));
    }
    return content.text(PrivacyTexts.UNIT_MINUTES, Map.of("n", Math.max(1, d.toMinutes())));
  }
}
