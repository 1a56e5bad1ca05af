package jp.junction.bot.richmenu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code richmenu --dry-run} and {@code --apply} against WireMock standing in for LINE's two hosts
 * (api.line.me and api-data.line.me): every request, in order, with its path, headers and body; the
 * menus another tool made are never deleted; a refused step leaves the old menu in place.
 */
class RichMenuCommandTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-channel-token";
  private static final String OLD = "richmenu-0ld0000000000000000000000000000";
  private static final String FOREIGN = "richmenu-f0re1gn00000000000000000000000";
  private static final String NEW = "richmenu-new0000000000000000000000000000";

  private final WireMockServer api = new WireMockServer(options().dynamicPort());
  private final WireMockServer data = new WireMockServer(options().dynamicPort());
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  @BeforeEach
  void start() {
    api.start();
    data.start();
  }

  @AfterEach
  void stop() {
    api.stop();
    data.stop();
  }

  @Test
  void aDryRunWritesAPngWithinLinesLimitsAndTheJsonAndSendsNothing() throws Exception {
    int code = run(env(false), "richmenu", "--dry-run", "--out", dir.toString());

    assertThat(code).as(err()).isZero();
    byte[] png = Files.readAllBytes(dir.resolve("richmenu.png"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    JsonNode menu = JSON.readTree(dir.resolve("richmenu.json").toFile());
    assertThat(image.getWidth()).isEqualTo(menu.at("/size/width").asInt()).isBetween(800, 2500);
    assertThat(image.getHeight()).isEqualTo(menu.at("/size/height").asInt()).isGreaterThan(250);
    assertThat((double) image.getWidth() / image.getHeight()).isGreaterThanOrEqualTo(1.45);
    assertThat(png.length).isLessThanOrEqualTo(1_000_000);
    assertThat(menu.path("name").asText()).startsWith(RichMenuJson.NAME_PREFIX);
    assertThat(menu.path("chatBarText").asText()).isEqualTo("メニュー");
    assertThat(menu.path("areas").size()).isBetween(1, 20);
    assertThat(menu.at("/areas/0/action/type").asText()).isIn("message", "postback");
    assertThat(out()).contains("LINEには何も送っていません").contains("nothing sent to LINE");
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(data.getAllServeEvents()).isEmpty();
  }

  @Test
  void applyCreatesUploadsSetsTheDefaultAndDeletesOnlyTheMenuItMadeBefore() throws Exception {
    stubList(OLD, "junction-bot richmenu 0123456789abcdef", FOREIGN, "OAMで作ったメニュー");
    api.stubFor(
        get(urlEqualTo("/v2/bot/user/all/richmenu"))
            .willReturn(okJson("{\"richMenuId\":\"" + FOREIGN + "\"}")));
    stubValidateAndCreate();
    data.stubFor(post(urlEqualTo("/v2/bot/richmenu/" + NEW + "/content")).willReturn(okJson("{}")));
    api.stubFor(post(urlEqualTo("/v2/bot/user/all/richmenu/" + NEW)).willReturn(okJson("{}")));
    api.stubFor(delete(urlEqualTo("/v2/bot/richmenu/" + OLD)).willReturn(okJson("{}")));
    byte[] png = dryRunPng();
    String json = Files.readString(dir.resolve("richmenu.json"));

    int code = run(env(true), "richmenu", "--apply");

    assertThat(code).as(err()).isZero();
    List<LoggedRequest> toApi = requests(api);
    assertThat(toApi)
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly(
            "GET /v2/bot/richmenu/list",
            "GET /v2/bot/user/all/richmenu",
            "POST /v2/bot/richmenu/validate",
            "POST /v2/bot/richmenu",
            "POST /v2/bot/user/all/richmenu/" + NEW,
            "DELETE /v2/bot/richmenu/" + OLD);
    for (LoggedRequest request : toApi) {
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
    for (int i : new int[] {2, 3}) {
      assertThat(toApi.get(i).getHeader("Content-Type")).isEqualTo("application/json");
      assertThat(JSON.readTree(toApi.get(i).getBodyAsString())).isEqualTo(JSON.readTree(json));
    }
    List<LoggedRequest> toData = requests(data);
    assertThat(toData)
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly("POST /v2/bot/richmenu/" + NEW + "/content");
    assertThat(toData.get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(toData.get(0).getHeader("Content-Type")).isEqualTo("image/png");
    assertThat(toData.get(0).getBody()).isEqualTo(png);
    assertThat(out()).contains(NEW).contains("Deleted rich menu " + OLD).contains(FOREIGN);
    assertThat(out() + err()).doesNotContain(TOKEN);
  }

  @Test
  void anUnchangedMenuAlreadyInPlaceIsNotMadeAgain() throws Exception {
    dryRunPng();
    String name = JSON.readTree(dir.resolve("richmenu.json").toFile()).path("name").asText();
    stubList(OLD, name);
    api.stubFor(
        get(urlEqualTo("/v2/bot/user/all/richmenu"))
            .willReturn(okJson("{\"richMenuId\":\"" + OLD + "\"}")));

    int code = run(env(true), "richmenu", "--apply");

    assertThat(code).as(err()).isZero();
    assertThat(requests(api))
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly("GET /v2/bot/richmenu/list", "GET /v2/bot/user/all/richmenu");
    assertThat(data.getAllServeEvents()).isEmpty();
    assertThat(out()).contains("already the default");
  }

  @Test
  void aRefusedUploadDeletesTheHalfMadeMenuAndLeavesTheOldOneTheDefault() throws Exception {
    stubList(OLD, "junction-bot richmenu 0123456789abcdef");
    api.stubFor(
        get(urlEqualTo("/v2/bot/user/all/richmenu")).willReturn(aResponse().withStatus(404)));
    stubValidateAndCreate();
    data.stubFor(
        post(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"An image has already been uploaded\"}")));
    api.stubFor(delete(urlEqualTo("/v2/bot/richmenu/" + NEW)).willReturn(okJson("{}")));

    int code = run(env(true), "richmenu", "--apply");

    assertThat(code).isEqualTo(1);
    assertThat(requests(api))
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly(
            "GET /v2/bot/richmenu/list",
            "GET /v2/bot/user/all/richmenu",
            "POST /v2/bot/richmenu/validate",
            "POST /v2/bot/richmenu",
            "DELETE /v2/bot/richmenu/" + NEW);
    assertThat(err())
        .contains("前のメニューはそのまま")
        .contains("HTTP 400")
        .contains("An image has already been uploaded");
  }

  @Test
  void aMenuLineFindsInvalidIsNeitherCreatedNorDoesItTouchTheOldOne() throws Exception {
    stubList();
    api.stubFor(
        get(urlEqualTo("/v2/bot/user/all/richmenu")).willReturn(aResponse().withStatus(404)));
    api.stubFor(
        post(urlEqualTo("/v2/bot/richmenu/validate"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"message\":\"The request body has 1 error(s)\","
                            + "\"details\":[{\"message\":\"invalid\",\"property\":\"areas[0]\"}]}")));

    int code = run(env(true), "richmenu", "--apply");

    assertThat(code).isEqualTo(1);
    assertThat(requests(api)).hasSize(3);
    assertThat(err()).contains("areas[0]");
  }

  @Test
  void aRevokedTokenIsNamedAsTheProblem() throws Exception {
    api.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Authentication failed\"}")));

    int code = run(env(true), "richmenu", "--apply");

    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("LINE_CHANNEL_TOKEN").contains("401").doesNotContain(TOKEN);
  }

  @Test
  void applyWithoutATokenSaysWhatToSetInJapaneseAndEnglishAndSendsNothing() {
    Map<String, String> env = env(true);
    env.remove("LINE_CHANNEL_TOKEN");

    int code = run(env, "richmenu", "--apply");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("LINE_CHANNEL_TOKEN が設定されていません").contains("is not set");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void aBrokenMenuIsReportedWithItsKeyAndNothingIsSent() throws Exception {
    Path folder = dir.resolve("dialogs");
    Files.createDirectories(folder);
    Path dialogs = Path.of("dialogs");
    try (var files = Files.walk(dialogs)) {
      // The variants in easy/ and en/ too: the dialogs load only with every line in each.
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path to = folder.resolve(dialogs.relativize(file).toString());
        Files.createDirectories(to.getParent());
        Files.copy(file, to);
      }
    }
    Files.writeString(
        folder.resolve("richmenu.yml"),
        "chatBarText: メニュー\nsize: {width: 2500, height: 1686}\nareas:\n"
            + "  - {label: 高松, text: 高松の居場所}\n");
    Map<String, String> env = env(true);
    env.put("JUNCTION_DIALOGS_DIR", folder.toString());

    int code = run(env, "richmenu", "--apply");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("areas[0].text").contains("nothing was sent to LINE");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void neitherOrBothModesPrintsTheUsage() {
    assertThat(run(env(false), "richmenu")).isEqualTo(2);
    assertThat(run(env(false), "richmenu", "--apply", "--dry-run")).isEqualTo(2);
    assertThat(run(env(false), "richmenu", "--upload")).isEqualTo(2);
    assertThat(err()).contains("Usage:");
  }

  /** LINE's list of the channel's menus: id, name, id, name... */
  private void stubList(String... idsAndNames) {
    StringBuilder menus = new StringBuilder();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      menus.append(menus.length() == 0 ? "" : ",");
      menus.append(
          "{\"richMenuId\":\"" + idsAndNames[i] + "\",\"name\":\"" + idsAndNames[i + 1] + "\"}");
    }
    api.stubFor(
        get(urlEqualTo("/v2/bot/richmenu/list"))
            .willReturn(okJson("{\"richmenus\":[" + menus + "]}")));
  }

  private void stubValidateAndCreate() {
    api.stubFor(post(urlEqualTo("/v2/bot/richmenu/validate")).willReturn(okJson("{}")));
    api.stubFor(
        post(urlEqualTo("/v2/bot/richmenu"))
            .willReturn(okJson("{\"richMenuId\":\"" + NEW + "\"}")));
  }

  private byte[] dryRunPng() throws Exception {
    assertThat(run(env(false), "richmenu", "--dry-run", "--out", dir.toString())).isZero();
    out.reset();
    return Files.readAllBytes(dir.resolve("richmenu.png"));
  }

  private Map<String, String> env(boolean withToken) {
    Map<String, String> env = new HashMap<>();
    env.put("LINE_API_BASE_URL", api.baseUrl());
    env.put("LINE_API_DATA_BASE_URL", data.baseUrl());
    if (withToken) {
      env.put("LINE_CHANNEL_TOKEN", TOKEN);
    }
    return env;
  }

  private int run(Map<String, String> env, String... args) {
    return new RichMenuCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args));
  }

  private static List<LoggedRequest> requests(WireMockServer server) {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
