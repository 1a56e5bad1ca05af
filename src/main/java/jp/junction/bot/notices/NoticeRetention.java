package jp.junction.bot.notices;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the notices feature keeps what it knows about people; the privacy notice states each.
 *
 * @param subscription a subscription (with the LINE user id it is delivered to) lasts this long
 *     after the person last chose or changed it, unless stopped, erased or unfollowed sooner
 * @param survey answers, comments and the one-answer-each marks of an event's survey last this long
 *     after the event ends
 * @param delivery the recipient lists of a notice being sent (pseudonyms) last at most this long
 */
@Validated
@ConfigurationProperties("junction.notices.retention")
record NoticeRetention(
    @DefaultValue("365d") @NotNull Duration subscription,
    @DefaultValue("90d") @NotNull Duration survey,
    @DefaultValue("3d") @NotNull Duration delivery) {}
