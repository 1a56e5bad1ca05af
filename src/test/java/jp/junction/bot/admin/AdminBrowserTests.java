package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A member of staff in headless Chromium: is told in Japanese that a password is wrong, logs in,
 * gets an event form back with Japanese errors next to its fields and what was typed kept, fixes
 * it, sees the notice preview, sends it and sees the counts, with WireMock as LINE.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "junction.admin.user=tester",
      "junction.admin.password=browser-secret",
      "junction.notices.poll=20ms"
    })
class AdminBrowserTests {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final WireMockServer line =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  static StringRedisTemplate cleanup;

  static {
    line.start();
  }

  static final Path DATA = dataWithTwoAreas();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, DATA);
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  /** The events fixture, and resources in 高松 and in 前橋 (two editors' areas). */
  static Path dataWithTwoAreas() {
    Path dir = FeatureTestSupport.dataDir(EventsFixture.CSV);
    try {
      Files.writeString(
          dir.resolve("resources.csv"),
          """
          id,name,category,audience,coverage,prefecture,municipality,hours,updated
          r1,たかまつの居場所,ibasho,self,local,香川県,高松市,毎週火 13:00-17:00,2026-09-01
          m1,まえばしの家族会,family,family,local,群馬県,前橋市,毎月第2土 13:30-16:00,2024-05-01
          """);
      return dir;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A second instance of the bot on the same Redis (its own context, its own search index), as a
   * load balancer's other instance would be.
   */
  static org.springframework.context.ConfigurableApplicationContext secondInstance() {
    return new org.springframework.boot.builder.SpringApplicationBuilder(FeatureTestApp.class)
        // As arguments: they must win over the test resources' application.properties.
        .run(
            "--server.port=0",
            "--junction.admin.user=tester",
            "--junction.admin.password=browser-secret",
            "--junction.redis.url=redis://127.0.0.1:6379/" + TestRedis.DATABASE,
            "--junction.privacy.pseudonym-key=test-pseudonym-key",
            "--junction.events.key-prefix=" + PREFIX + "events:",
            "--junction.notices.key-prefix=" + PREFIX + "notices:",
            "--junction.accounts.key-prefix=" + PREFIX + "staff:",
            "--junction.directory.enabled=true",
            "--junction.directory.key-prefix=" + PREFIX + "{directory}:",
            "--junction.data-dir=" + DATA,
            "--junction.line.channel-secret=test-secret",
            "--junction.line.channel-token=test-token",
            "--junction.line.api-base-url=" + line.baseUrl());
  }

  @Autowired jp.junction.bot.accounts.StaffAccounts accounts;

  @Test
  void anEditorOfTakamatsuEditsATakamatsuEntrySeenOnAnotherInstanceButNotAMaebashiOne()
      throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    accounts.create(
        new jp.junction.bot.accounts.StaffAccount(
            "takamatsu-editor",
            null,
            jp.junction.bot.accounts.StaffRole.EDITOR,
            "香川県",
            List.of("高松市"),
            ""),
        "takamatsu-editor-secret",
        "tester");
    try (var other = secondInstance()) {
      jp.junction.bot.search.ResourceSearch otherSearch =
          other.getBean(jp.junction.bot.search.ResourceSearch.class);
      WebDriver browser = browser();
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + port + "/admin/directory");
        browser.findElement(By.id("username")).sendKeys("takamatsu-editor");
        browser.findElement(By.id("password")).sendKeys("takamatsu-editor-secret");
        browser.findElement(By.id("login")).click();
        // The start page counts the entries waiting for review (前橋's is old).
        wait.until(d -> !d.findElements(By.id("review-summary")).isEmpty());
        assertThat(text(browser, "review-summary")).contains("群馬県：1件");
        browser.get("http://127.0.0.1:" + port + "/admin/directory");
        wait.until(d -> !d.findElements(By.id("entries")).isEmpty());
        shoot(browser, "directory-list");
        browser.findElement(By.linkText("たかまつの居場所")).click();
        wait.until(d -> !d.findElements(By.id("resource-form")).isEmpty());
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("たかまつの居場所 ひだまり");
        browser.findElement(By.id("url")).sendKeys("http://example.jp/hidamari");
        browser.findElement(By.id("save")).click();
        wait.until(d -> !d.findElements(By.id("url-error")).isEmpty());
        assertThat(text(browser, "url-error")).contains("https://");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value"))
            .isEqualTo("たかまつの居場所 ひだまり");
        shoot(browser, "directory-entry-errors");
        browser.findElement(By.id("url")).clear();
        browser.findElement(By.id("url")).sendKeys("https://example.jp/ひだまり");
        browser.findElement(By.id("save")).click();
        wait.until(d -> text(d, "done").contains("保存しました"));
        shoot(browser, "directory-entry");

        // The other instance's chat finds the new name within seconds: the store told it.
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    otherSearch
                        .search(jp.junction.bot.search.SearchRequest.ofText("高松 居場所", 5))
                        .hits()
                        .stream()
                        .anyMatch(h -> h.resource().name().equals("たかまつの居場所 ひだまり")));

        browser.get("http://127.0.0.1:" + port + "/admin/directory/m1");
        browser.findElement(By.id("confirm")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("担当地域"));
        assertThat(browser.findElement(By.tagName("body")).getText())
            .contains("群馬県前橋市")
            .contains("香川県の高松市");
        shoot(browser, "directory-forbidden");
      } finally {
        browser.quit();
      }
    }
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;
  @Autowired ConversationEngine engine;

  @AfterAll
  static void stop() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void staffLogInFixARefusedEventPreviewAndSendANoticeAndSeeTheCounts() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    line.stubFor(
        WireMock.post(WireMock.urlEqualTo("/v2/bot/message/multicast"))
            .willReturn(
                WireMock.aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));
    for (String user : List.of("Ubrowser1", "Ubrowser2")) {
      Person person = new Person(user, "p-" + user);
      engine.handle(new Inbound.Postback(person, "a=notices.add&k=香川県/高松市"));
      engine.handle(new Inbound.Postback(person, "a=notices.save&w=all"));
    }
    WebDriver browser = browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get("http://127.0.0.1:" + port + "/admin");
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("スタッフのログイン");
      browser.findElement(By.id("username")).sendKeys("tester");
      browser.findElement(By.id("password")).sendKeys("wrong-password");
      browser.findElement(By.id("login")).click();
      wait.until(d -> text(d, "error").equals("ユーザー名かパスワードが違います。"));
      shoot(browser, "login-error");
      browser.findElement(By.id("username")).sendKeys("tester");
      browser.findElement(By.id("password")).sendKeys("browser-secret");
      browser.findElement(By.id("login")).click();

      wait.until(d -> !d.findElements(By.id("create")).isEmpty());
      browser.findElement(By.id("title")).sendKeys("高松 年末のラウンジ");
      setValue(browser, "startsAt", "2026-12-19T14:00");
      setValue(browser, "endsAt", "2026-12-19T12:00");
      browser.findElement(By.id("prefecture")).sendKeys("香川");
      browser.findElement(By.id("municipality")).sendKeys("高松市");
      browser.findElement(By.id("venue")).sendKeys("瓦町会議室");
      browser.findElement(By.cssSelector("input[name=audience][value=self]")).click();
      browser.findElement(By.id("create")).click();

      // Refused: each problem in Japanese under its field, and everything typed still there.
      wait.until(d -> !d.findElements(By.id("endsAt-error")).isEmpty());
      assertThat(text(browser, "endsAt-error")).isEqualTo("終了が開始より前になっています。");
      assertThat(text(browser, "prefecture-error")).contains("「香川県」のことですか？");
      assertThat(browser.findElement(By.id("title")).getDomProperty("value"))
          .isEqualTo("高松 年末のラウンジ");
      assertThat(browser.findElement(By.id("venue")).getDomProperty("value")).isEqualTo("瓦町会議室");
      assertThat(
              browser.findElement(By.cssSelector("input[name=audience][value=self]")).isSelected())
          .isTrue();
      shoot(browser, "event-form-errors");
      setValue(browser, "endsAt", "2026-12-19T16:00");
      browser.findElement(By.id("prefecture")).clear();
      browser.findElement(By.id("prefecture")).sendKeys("香川県");
      browser.findElement(By.id("create")).click();

      wait.until(d -> !d.findElements(By.id("preview")).isEmpty());
      assertThat(browser.findElement(By.id("preview")).getText())
          .startsWith("【お知らせ】高松 年末のラウンジ")
          .contains("12月19日(土) 14:00〜16:00")
          .contains("場所：瓦町会議室（香川県高松市）");
      assertThat(browser.findElement(By.id("reach")).getText()).contains("：2 人");
      shoot(browser, "event");
      browser.findElement(By.id("send")).click();

      wait.ignoring(StaleElementReferenceException.class)
          .until(d -> text(d, "status").equals("送信済み"));
      shoot(browser, "notice-done");
      assertThat(text(browser, "recipients")).isEqualTo("2");
      assertThat(text(browser, "delivered")).isEqualTo("2");
      assertThat(text(browser, "failed")).isEqualTo("0");
      assertThat(browser.getPageSource()).doesNotContain("Ubrowser");
    } finally {
      browser.quit();
    }
    assertThat(
            line.findAll(
                WireMock.postRequestedFor(WireMock.urlEqualTo("/v2/bot/message/multicast"))))
        .hasSize(1);
  }

  @Test
  void anAdministratorAddsAnEditorOfTakamatsuWhoCannotChangeAMaebashiEventAndIsToldWhy()
      throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    WebDriver browser = browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      logIn(browser, wait, "tester", "browser-secret");
      browser.get("http://127.0.0.1:" + port + "/admin/accounts");
      browser.findElement(By.id("name")).sendKeys("takamatsu-npo");
      browser.findElement(By.id("prefecture")).sendKeys("香川県");
      browser.findElement(By.id("municipalities")).sendKeys("高松");
      browser.findElement(By.id("password")).sendKeys("short");
      browser.findElement(By.id("create-account")).click();
      wait.until(d -> !d.findElements(By.id("municipalities-error")).isEmpty());
      assertThat(text(browser, "municipalities-error")).startsWith("「香川県」に「高松」という市区町村が見つかりません");
      assertThat(text(browser, "password-error")).isEqualTo("12文字以上にしてください。");
      browser.findElement(By.id("municipalities")).clear();
      browser.findElement(By.id("municipalities")).sendKeys("高松市");
      browser.findElement(By.id("password")).sendKeys("takamatsu-first-password");
      browser.findElement(By.id("create-account")).click();
      wait.until(d -> !d.findElements(By.id("accounts")).isEmpty());
      assertThat(browser.findElement(By.id("accounts")).getText())
          .contains("takamatsu-npo")
          .contains("編集者")
          .contains("香川県の高松市");
      assertThat(browser.findElement(By.id("audit")).getText())
          .contains("tester")
          .contains("「takamatsu-npo」を編集者として追加（香川県 高松市）");
      shoot(browser, "accounts");

      browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
      wait.until(d -> !d.findElements(By.id("logout")).isEmpty());
      logIn(browser, wait, "takamatsu-npo", "takamatsu-first-password");
      assertThat(browser.findElements(By.linkText("アカウント"))).isEmpty();
      browser.get("http://127.0.0.1:" + port + "/admin/events/e6");
      browser.findElement(By.id("save")).click();
      wait.until(d -> !d.findElements(By.id("problem")).isEmpty());
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この変更はできません");
      assertThat(text(browser, "problem"))
          .isEqualTo("「群馬県前橋市」は、あなたの担当地域（香川県の高松市）の外なので、変更できません。担当の人か管理者に頼んでください。");
      shoot(browser, "forbidden");
    } finally {
      browser.quit();
    }
  }

  private void logIn(WebDriver browser, WebDriverWait wait, String user, String password) {
    browser.get("http://127.0.0.1:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id("create")).isEmpty());
  }

  /**
   * The page at desktop and phone widths, whole, into {@code target/staff-screens/} (for looking at
   * the pages; docs/staff/ keeps a few of them).
   */
  static void shoot(WebDriver browser, String name) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "staff-screens"));
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
      long height =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollHeight");
      browser
          .manage()
          .window()
          .setSize(new org.openqa.selenium.Dimension(size[0], (int) Math.min(height + 140, 6000)));
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      Files.write(dir.resolve(name + "-" + (size[0] > 800 ? "desktop" : "phone") + ".png"), png);
    }
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  static String text(WebDriver d, String id) {
    List<WebElement> found = d.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  private static void setValue(WebDriver browser, String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
  }

  static WebDriver browser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--lang=ja-JP",
        // A desktop's width unless a test sets its own (a phone's folds the navigation).
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("junction-admin-"));
    // The console, so that a page's test can say it logged no error.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
        options);
  }
}
