package jp.junction.bot.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.junction.bot.conversation.ConversationSettings;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.search.SearchResult;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;
import org.junit.jupiter.api.Test;

/**
 * A card's hours line says whether the place is open at the answer's time, when it can tell; a
 * found card ends with 「あとで見る」, a saved one with its own buttons instead.
 */
class ResourceCardsTests {

  private static final DialogContent WORDS =
      new DialogContent(
          new ConversationSettings(Path.of("dialogs"), Duration.ofMinutes(30), "search", "x"));

  /** 2026-12-02 is a Wednesday. */
  private static String hoursLine(String hours, String at) {
    Clock clock =
        Clock.fixed(LocalDateTime.parse(at).atZone(JapanTime.ZONE).toInstant(), JapanTime.ZONE);
    return new ResourceCards(WORDS, clock).card(hit(hours)).lines().get(0);
  }

  @Test
  void openHoursSayOpenNow() {
    assertThat(hoursLine("毎日 19:00-翌2:00", "2026-12-02T01:00"))
        .isEqualTo("🕒 毎日 19:00-翌2:00（いま受付中）");
    assertThat(hoursLine("24時間 年中無休", "2026-12-02T03:00")).endsWith("（いま受付中）");
  }

  @Test
  void closedHoursSayWhenTheyOpenNext() {
    assertThat(hoursLine("毎日 19:00-翌2:00", "2026-12-02T03:00")).endsWith("（19時から）");
    assertThat(hoursLine("月〜金 8:30-17:15", "2026-12-02T03:00")).endsWith("（8時30分から）");
    assertThat(hoursLine("月〜金 8:30-17:15", "2026-12-02T18:00")).endsWith("（明日8時30分から）");
    assertThat(hoursLine("毎週土 13:00-17:00", "2026-12-02T03:00")).endsWith("（土曜13時から）");
    assertThat(hoursLine("毎月第2土 13:30-16:00", "2026-12-02T03:00"))
        .endsWith("（次回 12月12日(土) 13:30〜）");
  }

  @Test
  void aFoundCardEndsWithAButtonThatSavesItsPlaceAndASavedCardWithItsOwn() {
    ResourceCards cards = new ResourceCards(WORDS, Clock.systemUTC());
    SearchResult.Hit hit = hit("毎日 10:00-12:00");

    OutgoingMessage.Action save = cards.card(hit).buttons().get(0);
    assertThat(save)
        .isEqualTo(
            new OutgoingMessage.Action.Postback("あとで見る", "a=saved.add&id=x1", "「（サンプル）居場所」をあとで見る"));

    OutgoingMessage.Action own =
        new OutgoingMessage.Action.Postback("外す", "a=saved.remove&id=x1", "");
    OutgoingMessage.Card saved = cards.card(hit.resource(), List.of(own));
    assertThat(saved.buttons()).containsExactly(own);
    assertThat(saved.title()).isEqualTo("（サンプル）居場所");
    assertThat(saved.lines().get(0)).startsWith("🕒 毎日 10:00-12:00");
  }

  @Test
  void hoursThatCannotBeReadAreShownAsWritten() {
    assertThat(hoursLine("年4回", "2026-12-02T03:00")).isEqualTo("🕒 年4回");
    assertThat(hoursLine("随時（返信は3日以内）", "2026-12-02T03:00")).isEqualTo("🕒 随時（返信は3日以内）");
  }

  private static SearchResult.Hit hit(String hours) {
    SearchResult.Resource r =
        new SearchResult.Resource(
            "x1",
            "（サンプル）居場所",
            null,
            Set.of(Category.IBASHO),
            Set.of(Audience.SELF),
            "local",
            "香川県",
            "丸亀市",
            null,
            null,
            null,
            null,
            null,
            hours,
            false,
            false,
            false,
            false,
            null,
            null,
            null,
            List.of(),
            LocalDate.of(2026, 1, 1));
    return new SearchResult.Hit(r, 1.0, null, false, Set.of());
  }
}
