package jp.junction.bot.privacy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.conversation.PersonalData;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code privacy.notice}: what the bot keeps, why and for how long, with every length filled in
 * from the settings that enforce it, so the notice cannot drift from the code.
 */
@Component
class NoticeAction implements DialogAction {

  static final String NAME = "privacy.notice";
  static final String NOTICE = "privacy.notice";
  static final String DEDUP_TTL = "junction.webhook.dedup-ttl";
  static final Duration DEFAULT_DEDUP_TTL = Duration.ofHours(24);

  private final DialogContent content;
  private final ConversationSettings conversation;
  private final StatsSettings stats;
  private final List<PersonalData> kinds;
  private final Duration dedupTtl;

  NoticeAction(
      DialogContent content,
      ConversationSettings conversation,
      StatsSettings stats,
      List<PersonalData> kinds,
      Environment environment) {
    this.content = content;
    this.conversation = conversation;
    this.stats = stats;
    this.kinds = List.copyOf(kinds);
    // Read by name: the webhook depends on privacy, so privacy cannot depend on its settings type.
    this.dedupTtl =
        Binder.get(environment).bind(DEDUP_TTL, Duration.class).orElse(DEFAULT_DEDUP_TTL);
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
  public List<OutgoingMessage> run(ActionContext context) {
    return List.of(new OutgoingMessage.Text(content.text(NOTICE, values())));
  }

  /** The placeholders the notice may use. */
  Map<String, String> values() {
    Map<String, String> values = new HashMap<>();
    values.put("conversation_ttl", length(conversation.stateTtl()));
    values.put("stats_retention", length(stats.retention()));
    values.put("dedup_ttl", length(dedupTtl));
    kinds.forEach(k -> k.keptFor().ifPresent(d -> values.put("kept." + k.textKey(), length(d))));
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
