package jp.junction.bot.privacy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static final String NOTICE = "privacy.notice";

  private final DialogContent content;
  private final List<PersonalData> kinds;
  private final List<Retention> retentions;

  NoticeAction(DialogContent content, List<PersonalData> kinds, List<Retention> retentions) {
    this.content = content;
    this.kinds = List.copyOf(kinds);
    this.retentions = List.copyOf(retentions);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requiredTexts() {
    return Set.of(NOTICE, "privacy.unit.minutes", "privacy.unit.hours", "privacy.unit.days");
  }

  @Override
  public ActionResult run(ActionContext context) {
    return ActionResult.say(new OutgoingMessage.Text(content.text(NOTICE, values())));
  }

  /** The placeholders the notice may use. */
  Map<String, String> values() {
    Map<String, String> values = new HashMap<>();
    kinds.forEach(k -> k.keptFor().ifPresent(d -> values.put("kept." + k.textKey(), length(d))));
    retentions.forEach(r -> values.put("kept." + r.retentionName(), length(r.retention())));
    return values;
  }

  /** A length in the largest whole unit: 30分, 24時間, 90日. */
  String length(Duration d) {
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return content.text("privacy.unit.days", Map.of("n", d.toDays()));
    }
    if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
      return content.text("privacy.unit.hours", Map.of("n", d.toHours()));
    }
    return content.text("privacy.unit.minutes", Map.of("n", Math.max(1, d.toMinutes())));
  }
}
