package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.events.Event;
import jp.junction.bot.events.Recurrence;
import jp.junction.bot.vocabulary.Audience;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The event pages alone (security is tested on the whole app): a refused form comes back as typed,
 * with each problem in Japanese right under its field.
 */
@WebMvcTest(
    controllers = EventPagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import(StaffPagesSlice.class)
class EventPagesControllerTests extends StaffPageTestBase {

  @BeforeEach
  void world() {
    when(events.all()).thenReturn(List.of(StaffPagesSlice.TAKAMATSU));
    when(events.find("e1")).thenReturn(Optional.of(StaffPagesSlice.TAKAMATSU));
  }

  @Test
  void anEventThatEndsBeforeItStartsComesBackAsTypedWithTheErrorUnderTheEndTime() throws Exception {
    Document page = refused(form("startsAt", "2026-12-19T14:00", "endsAt", "2026-12-19T12:00"));

    assertThat(page.select("#endsAt-error").text()).isEqualTo("終了が開始より前になっています。");
    assertThat(page.select("#endsAt").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#endsAt").attr("aria-describedby")).isEqualTo("endsAt-error");
    assertThat(page.select("#title").val()).isEqualTo("高松 年末のラウンジ");
    assertThat(page.select("#startsAt").val()).isEqualTo("2026-12-19T14:00");
    assertThat(page.select("#endsAt").val()).isEqualTo("2026-12-19T12:00");
    assertThat(page.select("#venue").val()).isEqualTo("瓦町会議室");
    assertThat(page.select("input[name=audience][value=family]").hasAttr("checked")).isTrue();
    verify(events, never()).create(any());
  }

  @Test
  void aPrefectureWithoutItsSuffixIsNamedBackWithWhatWasProbablyMeant() throws Exception {
    Document page = refused(form("startsAt", "2026-12-19T14:00", "prefecture", "香川"));

    assertThat(page.select("#prefecture-error").text())
        .isEqualTo("「香川」という都道府県が見つかりません。「香川県」のことですか？");
    assertThat(page.select("#prefecture").val()).isEqualTo("香川");
  }

  @Test
  void aTownNotInThePrefectureAndAMissingTitleAreEachShownAtTheirField() throws Exception {
    Document page =
        refused(form("startsAt", "2026-12-19T14:00", "title", "", "municipality", "前橋市"));

    assertThat(page.select("#municipality-error").text()).startsWith("「香川県」に「前橋市」という市区町村が見つかりません。");
    assertThat(page.select("#title-error").text()).isEqualTo("入力してください。");
    assertThat(page.select(".form-errors").text()).contains("入力を確かめてください。");
  }

  @Test
  void aStartThatIsNotADateSaysSoInJapaneseAndKeepsWhatWasTyped() throws Exception {
    Document page = refused(form("startsAt", "来週の土曜"));

    assertThat(page.select("#startsAt-error").text()).startsWith("日付と時刻を");
    assertThat(page.select("#startsAt").val()).isEqualTo("来週の土曜");
  }

  @Test
  void aRegistrationLinkLineCannotOpenIsRefusedAtItsField() throws Exception {
    Document page = refused(form("startsAt", "2026-12-19T14:00", "registration", "https://"));

    assertThat(page.select("#registration-error").text()).startsWith("申込のURLがLINEで開けない形です。");
  }

  @Test
  void aGoodEventIsCreatedInJapanTimeAndTheBrowserIsSentToItsPage() throws Exception {
    when(events.create(any())).thenReturn(StaffPagesSlice.TAKAMATSU);

    mvc.perform(form("startsAt", "2026-12-19T14:00", "endsAt", "2026-12-19T16:00"))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/admin/events/e1"));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, String>> columns = ArgumentCaptor.forClass(Map.class);
    verify(events).create(columns.capture());
    assertThat(columns.getValue())
        .containsEntry("starts_at", "2026-12-19T14:00+09:00")
        .containsEntry("ends_at", "2026-12-19T16:00+09:00")
        .containsEntry("audience", "self|family")
        .containsEntry("municipality", "高松市");
  }

  @Test
  void theEventPageShowsTheReachThePreviewAndTheQuietHoursPromise() throws Exception {
    when(notices.estimate(any())).thenReturn(2L, 5L);

    Document page = page(get("/admin/events/e1"), 200);

    assertThat(page.select("#reach").text()).isEqualTo("この会の地域（香川県高松市）で対象の登録者：2 人（となりの町を含めると 5 人）");
    assertThat(page.select("#preview").text()).startsWith("【お知らせ】たかまつラウンジ");
    assertThat(page.select("#too-long")).as("a notice that fits is not warned about").isEmpty();
    assertThat(page.select("#quiet").text()).startsWith("夜22:00から朝8:00までは、通知音なしでも");
    assertThat(page.select("#areas").val()).isEqualTo("香川県 高松市");
    assertThat(page.select("html").attr("lang")).isEqualTo("ja");
  }

  @Test
  void aStoreThatIsDownGivesAJapanesePageNotAnError() throws Exception {
    when(events.all()).thenThrow(new QueryTimeoutException("down"));

    Document page = page(get("/admin"), 503);

    assertThat(page.select("#problem").text()).startsWith("保存先（Redis）に接続できません。");
  }

  @Test
  void anUnknownEventGetsAJapaneseNotFoundPage() throws Exception {
    Document page = page(get("/admin/events/nothing"), 404);

    assertThat(page.select("h1").text()).isEqualTo("見つかりません");
  }

  @Test
  void anEditorOfTakamatsuCannotChangeAMaebashiEventAndThePageSaysWhy() throws Exception {
    actingAs(TAKAMATSU_EDITOR);
    when(events.find("e6")).thenReturn(Optional.of(MAEBASHI));

    Document page =
        page(
            formTo(
                "/admin/events/e6",
                "startsAt",
                "2026-12-20T13:30",
                "prefecture",
                "群馬県",
                "municipality",
                "前橋市"),
            403);

    assertThat(page.select("#problem").text())
        .isEqualTo("「群馬県前橋市」は、あなたの担当地域（香川県の高松市）の外なので、変更できません。担当の人か管理者に頼んでください。");
    verify(events, never()).update(any(), any());
  }

  @Test
  void anEditorOfTakamatsuCannotMoveATakamatsuEventOutOfTheirArea() throws Exception {
    actingAs(TAKAMATSU_EDITOR);

    page(form("startsAt", "2026-12-19T14:00", "prefecture", "群馬県", "municipality", ""), 403);

    verify(events, never()).create(any());
  }

  @Test
  void anEditorOfTakamatsuCreatesATakamatsuEvent() throws Exception {
    actingAs(TAKAMATSU_EDITOR);
    when(events.create(any())).thenReturn(StaffPagesSlice.TAKAMATSU);

    mvc.perform(form("startsAt", "2026-12-19T14:00")).andExpect(status().isSeeOther());
  }

  static final jp.junction.bot.events.Event MAEBASHI =
      new jp.junction.bot.events.Event(
          "e6",
          "前橋ラウンジ",
          java.time.OffsetDateTime.parse("2026-12-20T13:30+09:00"),
          null,
          "群馬県",
          "前橋市",
          "",
          false,
          java.util.Set.of(jp.junction.bot.vocabulary.Audience.SELF),
          false,
          "",
          "",
          false,
          null);

  /**
   * The new-event form filled in (高松, for 本人 and 家族) except for the times; {@code fields} are
   * name-value pairs that replace or add to it.
   */
  @Test
  void aRepeatRuleTheBotCannotReadIsRefusedAtItsFieldAndKeptAsTyped() throws Exception {
    Document page = refused(form("startsAt", "2026-12-12T13:30", "repeat", "不定期で月に何回か"));

    assertThat(page.select("#repeat-error").text()).startsWith("くり返しの決まりを読み取れません");
    assertThat(page.select("#repeat").val()).isEqualTo("不定期で月に何回か");
    verify(events, never()).create(any());
  }

  @Test
  void everyFewWeeksOnAMonthlyRuleAndALastDateBeforeTheFirstAreEachShownAtTheirField()
      throws Exception {
    Document page =
        refused(
            form(
                "startsAt", "2026-12-12T13:30",
                "repeat", "毎月第2土曜 13:30〜15:30",
                "everyWeeks", "2",
                "repeatUntil", "2026-11-30"));

    assertThat(page.select("#everyWeeks-error").text()).startsWith("「何週ごと」は");
    assertThat(page.select("#repeatUntil-error").text()).isEqualTo("最後の日が開始の日より前になっています。");
  }

  @Test
  void aRepeatRuleWithoutTimesTakesThemFromTheStartAndEnd() throws Exception {
    when(events.create(any())).thenReturn(StaffPagesSlice.TAKAMATSU);

    mvc.perform(
            form(
                "startsAt", "2026-12-09T10:00",
                "endsAt", "2026-12-09T12:00",
                "repeat", "毎週水曜",
                "everyWeeks", "2",
                "skipHolidays", "true"))
        .andExpect(status().isSeeOther());

    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, String>> columns = ArgumentCaptor.forClass(Map.class);
    verify(events).create(columns.capture());
    assertThat(columns.getValue())
        .containsEntry("repeat", "毎週水曜 10:00〜12:00")
        .containsEntry("every_weeks", "2")
        .containsEntry("skip_holidays", "true");
  }

  @Test
  void aRepeatingEventsPageListsItsComingDatesWithOneToCallOff() throws Exception {
    Event repeating =
        new Event(
            "e2",
            "第2土曜の会",
            OffsetDateTime.parse("2026-12-12T13:30+09:00"),
            OffsetDateTime.parse("2026-12-12T15:30+09:00"),
            "香川県",
            "高松市",
            "",
            false,
            Set.of(Audience.SELF),
            false,
            "",
            "",
            false,
            new Recurrence(
                "毎月第2土曜 13:30〜15:30",
                1,
                LocalDate.of(2026, 12, 1),
                null,
                false,
                Set.of(LocalDate.of(2027, 1, 9))));
    when(events.find("e2")).thenReturn(Optional.of(repeating));
    when(events.dates(any(), anyInt(), eq(true)))
        .thenReturn(
            repeating
                .recurrence()
                .next(
                    java.time.ZonedDateTime.parse("2026-12-02T10:00+09:00[Asia/Tokyo]"), 3, true));

    Document page = page(get("/admin/events/e2"), 200);

    assertThat(page.select("#rule").text()).isEqualTo("くり返し：毎月第2土曜 13:30〜15:30");
    assertThat(page.select(".dates li").eachText())
        .containsExactly(
            "2026年12月12日(土) 13:30 〜 15:30 この日だけ中止する",
            "2027年1月9日(土) 13:30 〜 15:30 この日はお休み この日を元に戻す",
            "2027年2月13日(土) 13:30 〜 15:30 この日だけ中止する");
  }

  @Test
  void callingOffOneDateKeepsTheSeriesAndGoesBackToTheDates() throws Exception {
    Event repeating = StaffPagesSlice.TAKAMATSU;
    when(events.skip("e1", LocalDate.of(2026, 12, 12), true)).thenReturn(Optional.of(repeating));

    mvc.perform(post("/admin/events/e1/dates").param("date", "2026-12-12").param("off", "true"))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/admin/events/e1#dates"));
    verify(events).skip("e1", LocalDate.of(2026, 12, 12), true);
  }

  private static MockHttpServletRequestBuilder form(String... fields) {
    return formTo("/admin/events", fields);
  }

  /** The same form, posted to {@code path} (an event's own page edits it). */
  private static MockHttpServletRequestBuilder formTo(String path, String... fields) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("title", "高松 年末のラウンジ");
    form.put("prefecture", "香川県");
    form.put("municipality", "高松市");
    form.put("venue", "瓦町会議室");
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    MockHttpServletRequestBuilder post = post(path).param("audience", "self", "family");
    form.forEach(post::param);
    return post;
  }

  private Document refused(MockHttpServletRequestBuilder request) throws Exception {
    return page(request, 400);
  }
}
