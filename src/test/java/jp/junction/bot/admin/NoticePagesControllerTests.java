package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Optional;
import jp.junction.bot.notices.NoticeRequest;
import jp.junction.bot.notices.NoticeState;
import jp.junction.bot.notices.NoticeStatus;
import jp.junction.bot.places.Areas;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/** Sending a notice from the event page, and the page of a notice that waits or goes out. */
@WebMvcTest(
    controllers = NoticePagesController.class,
    properties = {StaffPagesSlice.SECRET, StaffPagesSlice.TOKEN})
@AutoConfigureMockMvc(addFilters = false)
@Import(StaffPagesSlice.class)
class NoticePagesControllerTests extends StaffPageTestBase {

  static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-27T08:00+09:00");

  @BeforeEach
  void world() {
    when(events.find("e1")).thenReturn(Optional.of(StaffPagesSlice.TAKAMATSU));
  }

  @Test
  void anAreaWrittenWithoutItsSuffixIsRefusedInJapaneseWithWhatWasMeantAndTheFormKept()
      throws Exception {
    Document page =
        page(
            post("/admin/events/e1/notices")
                .param("areas", "香川")
                .param("audience", "family")
                .param("neighbours", "true"),
            400);

    assertThat(page.select("#areas-error").text()).isEqualTo("「香川」という地域が見つかりません。「香川県」のことですか？");
    assertThat(page.select("#areas").val()).isEqualTo("香川");
    assertThat(page.select("#notice-form input[name=neighbours]").hasAttr("checked")).isTrue();
    assertThat(page.select("#notice-form input[name=audience][value=family]").hasAttr("checked"))
        .isTrue();
    assertThat(page.select("#notice-form input[name=audience][value=self]").hasAttr("checked"))
        .isFalse();
    verify(notices, never()).schedule(any(), any());
  }

  @Test
  void everyUnknownLineIsNamedAndAChosenTimeMustBeFilledIn() throws Exception {
    Document page =
        page(
            post("/admin/events/e1/notices").param("areas", "香川県 高松市\nどこか町").param("when", "AT"),
            400);

    assertThat(page.select("#areas-error").text())
        .isEqualTo("「どこか町」という地域が見つかりません。「香川県 高松市」「香川県」「全国」のように書いてください。");
    assertThat(page.select("#sendAt-error").text()).isEqualTo("日時を指定するときは、送る日時を入れてください。");
  }

  @Test
  void aGoodNoticeIsScheduledForTheTypedAreasAndShownOnItsPage() throws Exception {
    when(notices.schedule(eq("e1"), any())).thenReturn(waiting(true));

    mvc.perform(
            post("/admin/events/e1/notices")
                .param("areas", "香川県 高松市\n全国")
                .param("when", "AT")
                .param("sendAt", "2026-11-27T04:00")
                .param("silent", "true"))
        .andExpect(status().isSeeOther())
        .andExpect(redirectedUrl("/admin/notices/nt-1"));

    ArgumentCaptor<NoticeRequest> sent = ArgumentCaptor.forClass(NoticeRequest.class);
    verify(notices).schedule(eq("e1"), sent.capture());
    assertThat(sent.getValue().areas())
        .containsExactly(new Areas.Area("香川県", "高松市"), new Areas.Area("全国", ""));
    assertThat(sent.getValue().sendAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T04:00+09:00"));
    assertThat(sent.getValue().silent()).isTrue();
  }

  @Test
  void aNoticeTooLongForOneLineMessageIsWarnedAboveThePreviewAndItsSendingRefusedInJapanese()
      throws Exception {
    when(notices.overflow(StaffPagesSlice.TAKAMATSU)).thenReturn(120);
    when(notices.schedule(eq("e1"), any()))
        .thenThrow(
            new IllegalArgumentException(
                "description: the notice would be 120 characters longer than LINE's 5000"));

    Document page = page(post("/admin/events/e1/notices").param("areas", "香川県 高松市"), 400);

    assertThat(page.select("#too-long").text())
        .isEqualTo("このままでは、お知らせがLINEの上限（5,000文字）より120文字長くなり、送れません。イベントの説明を120文字以上短くしてください。");
    assertThat(page.select("#notice-form").text()).contains("お知らせがLINEの1通に収まらないため、送れませんでした。");
    assertThat(page.text()).doesNotContain("description:").doesNotContain("中止されたか");
  }

  @Test
  void aNoticeHeldForTheMorningSaysWhenItGoesAndToAboutHowManyNotZero() throws Exception {
    when(notices.status("nt-1")).thenReturn(Optional.of(waiting(true)));
    when(notices.estimateOf("nt-1")).thenReturn(12L);

    Document page = page(get("/admin/notices/nt-1"), 200);

    assertThat(page.select("#status").text()).isEqualTo("送信待ち");
    assertThat(page.select("#sendAt").text()).isEqualTo("2026年11月27日(金) 08:00");
    assertThat(page.select("#estimate").text()).startsWith("およそ 12 人");
    assertThat(page.select("#held").text())
        .startsWith("2026年11月27日(金) 08:00 に送ります。夜22:00から朝8:00までは");
    assertThat(page.text()).doesNotContain("scheduled");
    assertThat(page.select("#recipients")).isEmpty();
    assertThat(page.select("meta[http-equiv=refresh]")).hasSize(1);
  }

  @Test
  void aSentNoticeShowsItsCountsAndStopsRefreshing() throws Exception {
    when(notices.status("nt-2"))
        .thenReturn(
            Optional.of(
                new NoticeStatus(
                    "nt-2", "e1", NoticeState.DONE, 40, 38, 1, 1, 0, MORNING, false, "notice")));

    Document page = page(get("/admin/notices/nt-2"), 200);

    assertThat(page.select("#status").text()).isEqualTo("送信済み");
    assertThat(page.select("#recipients").text()).isEqualTo("40");
    assertThat(page.select("#delivered").text()).isEqualTo("38");
    assertThat(page.select("#failed").text()).isEqualTo("1");
    assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
  }

  private static NoticeStatus waiting(boolean silent) {
    return new NoticeStatus(
        "nt-1", "e1", NoticeState.SCHEDULED, 0, 0, 0, 0, 0, MORNING, silent, "notice");
  }
}
