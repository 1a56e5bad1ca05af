package jp.junction.bot.saved;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * "Remind me later" for a saved place or an event ({@code junction.saved.reminders.*}): one push on
 * the chosen day. Each push costs the LINE account's monthly message quota, so at most {@code
 * monthlyCap} reminders are booked per month (Japan time, the month of the day they go out); at the
 * cap the bot stops offering them and says so.
 *
 * @param enabled whether reminders are offered at all
 * @param days the choices offered after a save, in days from today (「3日後にもう一度見せて」); a date picker
 *     (「日付をえらぶ」) offers any day from tomorrow to {@link #MAX_DAYS} days ahead too
 * @param at the time of day (Japan time) a reminder goes out; never within the notices' quiet hours
 * @param monthlyCap reminders booked per month, all people together
 * @param workerEnabled whether this instance sends due reminders (any number of instances may)
 * @param poll how long the idle sender waits before looking again
 * @param lease how long a claimed reminder stays with one sender before another may take it (the
 *     same LINE retry key goes with it, so LINE delivers it once)
 * @param keyPrefix prefix of the keys; its {@code {…}} hash tag keeps them in one cluster slot
 */
@Validated
@ConfigurationProperties("junction.saved.reminders")
record ReminderSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue({"1", "3", "7"}) @NotEmpty List<@Min(1) Integer> days,
    @DefaultValue("10:00") @NotNull LocalTime at,
    @DefaultValue("1000") @Min(0) int monthlyCap,
    @DefaultValue("true") boolean workerEnabled,
    @DefaultValue("30s") @NotNull Duration poll,
    @DefaultValue("5m") @NotNull Duration lease,
    @DefaultValue("jb:{remind}:") @NotBlank String keyPrefix) {

  /** The longest a reminder may be booked ahead; the choices must stay within it. */
  static final int MAX_DAYS = 60;

  ReminderSettings {
    // With 「日付をえらぶ」 and 「保存した場所」, the choices must fit LINE's 13 quick replies.
    if (days != null && days.size() > 11) {
      throw new IllegalArgumentException(
          "junction.saved.reminders.days offers at most 11 choices, not " + days.size());
    }
    if (days != null && days.stream().anyMatch(d -> d != null && d > MAX_DAYS)) {
      throw new IllegalArgumentException(
          "junction.saved.reminders.days must be at most " + MAX_DAYS + ", not " + days);
    }
    if (keyPrefix != null && !keyPrefix.matches(".*\\{[^{}]+}.*")) {
      throw new IllegalArgumentException(
          "junction.saved.reminders.key-prefix needs a {…} hash tag (e.g. jb:{remind}:), not "
              + keyPrefix);
    }
  }
}
