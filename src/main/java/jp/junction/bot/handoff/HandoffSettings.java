package jp.junction.bot.handoff;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation's staff chat in LINE Official Account Manager.
 *
 * @param enabled whether the organisation answers in LINE's chat at all; off, 「人と話したい」 gets the
 *     national phone and SNS lines only
 * @param days the days staff usually answer ({@code MONDAY,TUESDAY,...}); national holidays are not
 *     known to the bot, so say so in the dialogs if the organisation closes on them
 * @param hours the times staff usually answer on those days, each {@code HH:mm-HH:mm} (Japan time;
 *     the end may be {@code 24:00}), e.g. {@code 10:00-12:00,13:00-17:00}
 * @param quietFor how long the bot stays quiet for a person after they asked for staff, counted
 *     again from each message they send
 * @param returnNoteWithin how long after the quiet time ran out the bot still remembers it, to say
 *     「botに戻りました」 with its next answer (the key's TTL is {@code quietFor} plus this)
 * @param keyPrefix the Redis key prefix; its {@code {…}} hash tag keeps a person's key and the
 *     waiting count in one cluster slot
 */
@Validated
@ConfigurationProperties("junction.handoff")
record HandoffSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) @NotNull
        List<DayOfWeek> days,
    @DefaultValue("10:00-17:00") @NotNull List<String> hours,
    @DefaultValue("60m") Duration quietFor,
    @DefaultValue("2h") Duration returnNoteWithin,
    @DefaultValue("jb:{handoff}:") String keyPrefix) {

  static final Duration SHORTEST_QUIET = Duration.ofMinutes(5);
  static final Duration LONGEST_QUIET = Duration.ofHours(24);

  HandoffSettings {
    if (quietFor.compareTo(SHORTEST_QUIET) < 0 || quietFor.compareTo(LONGEST_QUIET) > 0) {
      throw new IllegalArgumentException(
          "junction.handoff.quiet-for must be between 5m and 24h, not " + quietFor);
    }
    if (returnNoteWithin.isNegative()) {
      throw new IllegalArgumentException(
          "junction.handoff.return-note-within must not be negative");
    }
    if (!keyPrefix.matches(".*\\{[^{}]+}.*")) {
      throw new IllegalArgumentException(
          "junction.handoff.key-prefix needs a {…} hash tag (e.g. jb:{handoff}:), not "
              + keyPrefix);
    }
    if (enabled && days.isEmpty()) {
      throw new IllegalArgumentException(
          "junction.handoff.days is empty: name the days staff answer (MONDAY,...)");
    }
    if (enabled && hours.isEmpty()) {
      throw new IllegalArgumentException(
          "junction.handoff.hours is empty: give the times staff answer (10:00-17:00)");
    }
    days = List.copyOf(days);
    hours = List.copyOf(hours);
    for (int i = 0; i < hours.size(); i++) {
      StaffHours.Span.parse(hours.get(i), "junction.handoff.hours[" + i + "]");
    }
  }
}
