package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Events;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.places.Areas;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A staff event whose description would push its notice past LINE's 5,000 characters: staff are
 * refused before anything is sent, and a notice whose event grew after it was scheduled is
 * shortened in the description, never in how to stop notices.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = "junction.notices.worker-enabled=false")
class LongNoticeTests {

  @RegisterExtension static final TestRedis redis = new TestRedis();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, redis, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired Notices notices;
  @Autowired Events events;
  @Autowired NoticeText text;
  @Autowired DialogContent content;

  @Test
  void aNoticeThatWouldPassLinesLimitIsRefusedSayingByHowMuch() {
    Event event = event("あ".repeat(LineLimits.TEXT));
    int over = text.overflow(event, null);

    assertThat(over).isPositive();
    assertThatThrownBy(() -> notices.schedule(event.id(), request()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("description:")
        .hasMessageContaining(Integer.toString(over));
    assertThat(notices.ofEvent(event.id())).isEmpty();
  }

  @Test
  void aNoticeJustWithinTheLimitIsScheduledWhole() {
    Event short1 = event("");
    int room = LineLimits.TEXT - text.render(short1, null).length();
    Event event = event("い".repeat(room));

    assertThat(text.overflow(event, null)).isZero();
    assertThat(text.render(event, null)).hasSize(LineLimits.TEXT).contains("い".repeat(room));
    assertThat(notices.schedule(event.id(), request()).status()).isEqualTo(NoticeState.SCHEDULED);
  }

  @Test
  void aTooLongNoticeKeepsTheStopLineWholeAndShortensOnlyTheDescription() {
    // Characters outside the BMP, so a cut in the middle of a pair would show.
    Event event = event("𠮷野家の話。".repeat(2000));

    String sent = text.render(event, null);

    assertThat(sent.length()).isLessThanOrEqualTo(LineLimits.TEXT);
    assertThat(sent).endsWith(stopLine()).contains(content.text(NoticeTexts.CLIPPED));
    assertThat(sent.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isEmpty();
    assertThat(sent).startsWith(text.render(event(""), null).lines().findFirst().orElseThrow());
  }

  @Test
  void aTitleAndPlaceTooLongForAnyDescriptionStillKeepTheStopLine() {
    Map<String, String> cells = cells("説明");
    cells.put("venue", "会場".repeat(LineLimits.TEXT));
    Event event = events.create(cells);

    String sent = text.render(event, null);

    assertThat(sent.length()).isLessThanOrEqualTo(LineLimits.TEXT);
    assertThat(sent).endsWith(stopLine());
  }

  /** The template's last line, as the person reads it: how to stop notices. */
  private String stopLine() {
    Map<String, String> blank = new HashMap<>();
    for (String name : List.of("title", "when", "where", "who", "join", "description")) {
      blank.put(name, "");
    }
    List<String> lines = content.text(NoticeTexts.MESSAGE, blank).lines().toList();
    return lines.get(lines.size() - 1);
  }

  private Event event(String description) {
    return events.create(cells(description));
  }

  private static Map<String, String> cells(String description) {
    return new HashMap<>(
        Map.of(
            "title", "高松 夜のラウンジ",
            "starts_at", "2026-12-30T19:00+09:00",
            "prefecture", "香川県",
            "municipality", "高松市",
            "audience", "self",
            "description", description));
  }

  private static NoticeRequest request() {
    return new NoticeRequest(List.of(new Areas.Area("香川県", "高松市")), false, null, null, false);
  }
}
