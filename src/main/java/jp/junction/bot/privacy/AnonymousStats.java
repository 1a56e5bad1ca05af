package jp.junction.bot.privacy;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.junction.bot.system.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Anonymous figures for staff: crisis answers per day, questions per area and kind, and searches
 * that found nothing. Nothing here names a person; question text is scrubbed of digits, phone
 * numbers, e-mail and web addresses; any figure under 5 is shown as "&lt;5". Recording happens in
 * the background and is skipped when the store is down, so it never delays or breaks an answer.
 */
@Component
public class AnonymousStats implements Retention {

  private static final Logger log = LoggerFactory.getLogger(AnonymousStats.class);
  static final int SMALL = 5;
  static final Duration UNSEND_WINDOW = Duration.ofDays(2);

  /** One crisis answer counted for the day, its retention renewed. */
  private static final RedisScript<Long> COUNT_CRISIS =
      RedisScript.of(new ClassPathResource("redis/stats-crisis.lua"), Long.class);

  /** One question counted, and when nothing was found its scrubbed text and unsend link kept. */
  private static final RedisScript<Long> COUNT_QUESTION =
      RedisScript.of(new ClassPathResource("redis/stats-question.lua"), Long.class);

  private final StringRedisTemplate redis;
  private final StatsSettings settings;
  private final Pseudonyms pseudonyms;
  private final Clock clock;
  private final ThreadPoolExecutor background =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(1000),
          r -> {
            Thread t = new Thread(r, "anonymous-stats");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  AnonymousStats(
      StringRedisTemplate redis, StatsSettings settings, Pseudonyms pseudonyms, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  @Override
  public String retentionName() {
    return "stats";
  }

  @Override
  public Duration retention() {
    return settings.retention();
  }

  /** Counts one crisis answer for today. */
  public void recordCrisis() {
    String key = key("crisis", today());
    later(() -> redis.execute(COUNT_CRISIS, List.of(key), retentionMillis()));
  }

  /**
   * Counts one question by area and kind (either may be empty); when nothing was found, keeps the
   * scrubbed text too, linked only to a keyed hash of the message id so that unsending the message
   * removes it.
   */
  public void recordQuestion(
      String area, String kind, boolean found, String text, String messageId) {
    LocalDate day = today();
    String field = clean(area) + "\t" + clean(kind) + "\t" + (found ? "found" : "none");
    String scrubbed = found ? "" : QueryScrubber.scrub(text);
    later(
        () -> {
          List<String> keys = new ArrayList<>(List.of(key("questions", day)));
          if (!scrubbed.isEmpty()) {
            keys.add(key("unanswered", day));
            if (messageId != null && !messageId.isBlank()) {
              keys.add(messageKey(messageId));
            }
          }
          redis.execute(
              COUNT_QUESTION,
              keys,
              retentionMillis(),
              field,
              scrubbed,
              day + "\t" + scrubbed,
              Long.toString(UNSEND_WINDOW.toMillis()));
        });
  }

  /** Removes what was recorded from this message's text (the person unsent it). */
  public void forgetMessage(String messageId) {
    String link = messageKey(messageId);
    later(
        () -> {
          String value = redis.opsForValue().getAndDelete(link);
          if (value == null) {
            return;
          }
          int tab = value.indexOf('\t');
          String unanswered = key("unanswered", LocalDate.parse(value.substring(0, tab)));
          String text = value.substring(tab + 1);
          Long left = redis.opsForHash().increment(unanswered, text, -1);
          if (left != null && left <= 0) {
            redis.opsForHash().delete(unanswered, text);
          }
        });
  }

  /** Crisis answers per day, newest first, for the last {@code days} days. */
  public List<DayFigure> crisisCountsByDay(int days) {
    List<DayFigure> out = new ArrayList<>();
    LocalDate day = today();
    for (int i = 0; i < days; i++, day = day.minusDays(1)) {
      String value = redis.opsForValue().get(key("crisis", day));
      out.add(new DayFigure(day, shown(value == null ? 0 : Long.parseLong(value))));
    }
    return out;
  }

  /** Questions per area and kind over the last {@code days} days, most asked first. */
  public List<QuestionFigure> questionsByAreaAndKind(int days) {
    Map<String, Long> totals = sum("questions", days);
    return totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(
            e -> {
              String[] parts = e.getKey().split("\t", -1);
              return new QuestionFigure(
                  parts[0], parts[1], "found".equals(parts[2]), shown(e.getValue()));
            })
        .toList();
  }

  /** Scrubbed texts of searches that found nothing, most frequent first. */
  public List<TextFigure> unansweredQuestions(int days) {
    return sum("unanswered", days).entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new TextFigure(e.getKey(), shown(e.getValue())))
        .toList();
  }

  /** A day's figure; {@code shown} is "&lt;5" for figures under 5. */
  public record DayFigure(LocalDate day, String shown) {}

  /** Questions about one kind of place in one area; {@code shown} is "&lt;5" under 5. */
  public record QuestionFigure(String area, String kind, boolean found, String shown) {}

  /** A scrubbed question text; {@code shown} is "&lt;5" under 5. */
  public record TextFigure(String text, String shown) {}

  static String shown(long value) {
    return value < SMALL ? "<" + SMALL : Long.toString(value);
  }

  @PreDestroy
  void stop() {
    background.shutdown();
  }

  private Map<String, Long> sum(String kind, int days) {
    Map<String, Long> totals = new HashMap<>();
    LocalDate day = today();
    for (int i = 0; i < days; i++, day = day.minusDays(1)) {
      counts(kind, day).forEach((k, v) -> totals.merge(k, v, Long::sum));
    }
    totals.values().removeIf(v -> v <= 0);
    return totals;
  }

  /**
   * One day's raw question counters, keyed {@code area \t kind \t found|none}; only for {@link
   * StatsSummary}, which lets them out only added up and under the k rule.
   */
  Map<String, Long> questionsOn(LocalDate day) {
    return counts("questions", day);
  }

  /** One day's raw count of crisis answers; only for {@link StatsSummary}. */
  long crisisOn(LocalDate day) {
    String value = redis.opsForValue().get(key("crisis", day));
    return value == null ? 0 : Long.parseLong(value);
  }

  private Map<String, Long> counts(String kind, LocalDate day) {
    Map<String, Long> out = new HashMap<>();
    redis
        .opsForHash()
        .entries(key(kind, day))
        .forEach((k, v) -> out.put(k.toString(), Long.parseLong(v.toString())));
    return out;
  }

  private void later(Runnable write) {
    background.execute(
        () -> {
          try {
            write.run();
          } catch (DataAccessException | IllegalStateException e) {
            log.warn("Anonymous statistics not recorded: {}", e.getClass().getSimpleName());
          }
        });
  }

  private String retentionMillis() {
    return Long.toString(settings.retention().toMillis());
  }

  LocalDate today() {
    return JapanTime.today(clock);
  }

  private String key(String kind, LocalDate day) {
    return settings.keyPrefix() + kind + ":" + day;
  }

  private String messageKey(String messageId) {
    return settings.keyPrefix() + "message:" + pseudonyms.of(messageId);
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ").strip();
  }
}
