package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.StreamSupport;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.accounts.StaffAccount;
import jp.junction.bot.accounts.StaffAccounts;
import jp.junction.bot.accounts.StaffRole;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff API and pages behind the staff login, on the real app with WireMock as LINE. */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=secret-for-tests",
      "junction.notices.poll=20ms"
    })
@AutoConfigureMockMvc
class AdminApiTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final WireMockServer line =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  static StringRedisTemplate cleanup;

  static {
    line.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired MockMvc mvc;
  @Autowired ConversationEngine engine;
  @Autowired StringRedisTemplate redis;
  @Autowired StaffAccounts staffAccounts;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void acceptMulticasts() {
    cleanup = redis;
    line.resetAll();
    line.stubFor(
        WireMock.post(WireMock.urlEqualTo("/v2/bot/message/multicast"))
            .willReturn(
                WireMock.aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));
  }

  @AfterAll
  static void stop() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void theApiNeedsTheStaffLogin() throws Exception {
    mvc.perform(get("/admin/api/events")).andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/api/events").with(httpBasic("tester", "wrong")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/admin/api/events").with(httpBasic("tester", "secret-for-tests")))
        .andExpect(status().isOk());
  }

  @Test
  void staffCreateEditAndCancelAnEventWithTheCsvColumnNames() throws Exception {
    JsonNode created =
        call(
            post("/admin/api/events"),
            """
            {"title": "高松 夜のラウンジ", "starts_at": "2026-12-18T19:00+09:00",
             "ends_at": "2026-12-18T20:30+09:00", "prefecture": "香川県", "municipality": "高松市",
             "audience": "self|family", "online": false}""",
            201);
    String id = created.get("id").asText();
    assertThat(id).matches("[a-z0-9-]+");

    JsonNode edited =
        call(
            put("/admin/api/events/" + id),
            """
            {"title": "高松 夜のラウンジ（会場変更）", "starts_at": "2026-12-18T19:00+09:00",
             "prefecture": "香川県", "municipality": "高松市", "venue": "瓦町", "audience": "self"}""",
            200);
    assertThat(edited.get("title").asText()).isEqualTo("高松 夜のラウンジ（会場変更）");
    assertThat(edited.get("id").asText()).isEqualTo(id);

    JsonNode cancelled = call(post("/admin/api/events/" + id + "/cancel"), "", 200);
    assertThat(cancelled.get("cancelled").asBoolean()).isTrue();
  }

  @Test
  void aBadColumnIsRefusedByName() throws Exception {
    JsonNode error =
        call(
            post("/admin/api/events"),
            """
            {"title": "x", "starts_at": "12月18日", "prefecture": "香川県", "audience": "self"}""",
            400);

    assertThat(error.get("error").asText()).startsWith("starts_at:");
  }

  @Test
  void aRegistrationLinkIsNormalisedAndOneLineWouldRefuseIsRefusedByName() throws Exception {
    JsonNode created =
        call(
            post("/admin/api/events"),
            event("\"registration\": \"https://example.jp/申込 フォーム\""),
            201);
    JsonNode refused =
        call(
            post("/admin/api/events"),
            event("\"registration\": \"https://exa mple.jp/form\""),
            400);

    assertThat(created.get("registration").asText())
        .isEqualTo("https://example.jp/%E7%94%B3%E8%BE%BC%20%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A0");
    assertThat(refused.get("error").asText()).startsWith("registration:");
  }

  @Test
  void theStaffPageRefusesARegistrationLinkLineWouldRefuseAndSaysWhy() throws Exception {
    String page =
        mvc.perform(
                eventForm("長い申込の会").param("registration", "https://example.jp/" + "あ".repeat(200)))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(org.jsoup.Jsoup.parse(page).select("#registration-error").text())
        .startsWith("申込のURLがLINEで開けない形です")
        .contains("1,000文字以内");
  }

  @Test
  void aNoticeIsSentAndReportedAsCountsOnly() throws Exception {
    for (String user : new String[] {"Uadmin1", "Uadmin2"}) {
      Person p = new Person(user, "p-" + user);
      engine.handle(new Inbound.Postback(p, "a=notices.add&k=香川県/"));
      engine.handle(new Inbound.Postback(p, "a=notices.save&w=all"));
    }

    JsonNode notice =
        call(
            post("/admin/api/events/e1/notices"),
            """
            {"areas": [{"prefecture": "香川県", "municipality": "高松市"}],
             "includeNeighbours": false, "audience": ["self", "family"], "silent": false}""",
            201);
    String id = notice.get("id").asText();

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                call(get("/admin/api/notices/" + id), "", 200)
                    .get("status")
                    .asText()
                    .equals("done"));
    String body =
        mvc.perform(get("/admin/api/notices/" + id).with(staff()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode status = json.readTree(body);
    assertThat(status.get("recipients").asLong()).isEqualTo(2);
    assertThat(status.get("delivered").asLong()).isEqualTo(2);
    assertThat(status.get("failed").asLong()).isZero();
    assertThat(body).doesNotContain("Uadmin");
    assertThat(call(post("/admin/api/notices/" + id + "/resume"), "", 200).get("resumed").asInt())
        .as("a finished notice has nothing held")
        .isZero();
    mvc.perform(post("/admin/api/notices/nt-unknown/resume").with(staff()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anEditorUsesTheApiWithTheSameAreaAsOnThePages() throws Exception {
    staffAccounts.create(
        new StaffAccount("api-editor", null, StaffRole.EDITOR, "香川県", java.util.List.of("高松市"), ""),
        "editor-password-for-tests",
        "tester");
    var editor = httpBasic("api-editor", "editor-password-for-tests");

    mvc.perform(
            post("/admin/api/events")
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content(event("\"municipality\": \"高松市\"")))
        .andExpect(status().isCreated());
    String refused =
        mvc.perform(post("/admin/api/events/e6/cancel").with(editor))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json.readTree(refused).get("error").asText()).startsWith("「群馬県前橋市」は、あなたの担当地域");
    mvc.perform(get("/admin/accounts").with(editor)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/accounts").with(staff())).andExpect(status().isOk());
  }

  @Test
  void anEventMustNameARealPlace() throws Exception {
    JsonNode error = call(post("/admin/api/events"), event("\"municipality\": \"高松\""), 400);

    assertThat(error.get("error").asText()).startsWith("municipality:");
  }

  @Test
  void remindersAreScheduledSevenDaysAndOneDayBeforeAtTenJapanTime() throws Exception {
    mvc.perform(
            post("/admin/events/e6/notices")
                .with(staff())
                .with(csrf())
                .param("areas", "群馬県 前橋市")
                .param("audience", "self")
                .param("when", "REMINDERS"))
        .andExpect(status().isSeeOther());

    JsonNode scheduled = call(get("/admin/api/events/e6/notices"), "", 200);
    assertThat(scheduled.size()).isEqualTo(2);
    assertThat(
            StreamSupport.stream(scheduled.spliterator(), false)
                .map(n -> OffsetDateTime.parse(n.get("sendAt").asText()).toInstant())
                .toList())
        .containsExactlyInAnyOrder(
            OffsetDateTime.parse("2026-12-13T10:00+09:00").toInstant(),
            OffsetDateTime.parse("2026-12-19T10:00+09:00").toInstant());
    assertThat(scheduled.get(0).get("status").asText()).isEqualTo("scheduled");
  }

  @Test
  void anUnknownAreaIsRefused() throws Exception {
    JsonNode error =
        call(
            post("/admin/api/events/e1/notices"),
            "{\"areas\": [{\"prefecture\": \"香川県\", \"municipality\": \"どこでも町\"}]}",
            400);

    assertThat(error.get("error").asText()).startsWith("areas:");
  }

  @Test
  void anUnknownAudienceIsRefusedNamingTheAllowedOnes() throws Exception {
    JsonNode error =
        call(
            post("/admin/api/notices/estimate"),
            """
            {"areas": [{"prefecture": "香川県"}], "audience": ["self", "parents"]}""",
            400);

    assertThat(error.get("error").asText())
        .isEqualTo("audience: 'parents' is not one of self, family or supporter");
  }

  @Test
  void thePreviewIsTheTextLineWillShow() throws Exception {
    JsonNode preview = call(get("/admin/api/events/e1/preview"), "", 200);

    assertThat(preview.at("/message/type").asText()).isEqualTo("text");
    assertThat(preview.at("/message/text").asText()).startsWith("【お知らせ】たかまつラウンジ 12月\n12月12日(土)");
  }

  @Test
  void staffFormsNeedTheCsrfToken() throws Exception {
    mvc.perform(post("/admin/events").with(staff()).param("title", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(eventForm("川のラウンジ")).andExpect(status().isSeeOther());
  }

  @Test
  void theEventPageShowsThePreviewEscaped() throws Exception {
    String page =
        mvc.perform(get("/admin/events/e1").with(staff()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"preview\">【お知らせ】たかまつラウンジ 12月").contains("name=\"_csrf\"");
    // The only script is the staff menu's own file; nothing from the event's text.
    assertThat(page.replace("<script src=\"/staff-assets/nav.js\" defer></script>", ""))
        .doesNotContain("<script");
  }

  /** The staff page's new-event form, filled in with the required fields. */
  private MockHttpServletRequestBuilder eventForm(String title) {
    return post("/admin/events")
        .with(staff())
        .with(csrf())
        .param("title", title)
        .param("startsAt", "2026-12-19T14:00")
        .param("prefecture", "香川県")
        .param("audience", "self");
  }

  /** An event's JSON: the required columns and {@code more}. */
  private static String event(String more) {
    return """
        {"title": "x", "starts_at": "2026-12-18T19:00+09:00", "prefecture": "香川県",
         "audience": "self", %s}"""
        .formatted(more);
  }

  private JsonNode call(MockHttpServletRequestBuilder request, String body, int expected)
      throws Exception {
    if (!body.isEmpty()) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    String answer =
        mvc.perform(request.with(staff()))
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
    return httpBasic("tester", "secret-for-tests");
  }
}
