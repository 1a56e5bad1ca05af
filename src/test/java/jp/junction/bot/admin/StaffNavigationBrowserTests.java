package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff navigation in headless Chromium at a phone's 375 px and at a desktop's width: on the
 * phone it folds behind a real メニュー button that says whether it is open (aria-expanded), opens to
 * one link a line at least 44 px high, marks the page shown (aria-current), and no page of the
 * workspace scrolls sideways; on the desktop every link is shown without the button, wrapping
 * rather than overflowing. The coverage table scrolls inside its own box on a phone, and the public
 * area page never sideways.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"junction.admin.user=tester", "junction.admin.password=browser-secret"})
class StaffNavigationBrowserTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final Path DATA = AdminBrowserTests.dataWithTwoAreas();
  static StringRedisTemplate cleanup;

  /** Every page the navigation leads to, and the link marked on it. */
  static final List<List<String>> PAGES =
      List.of(
          List.of("/admin", "イベントとお知らせ"),
          List.of("/admin/directory", "窓口と居場所"),
          List.of("/admin/directory/import", "取り込み"),
          List.of("/admin/booklet", "冊子（PDF）"),
          List.of("/admin/stats", "統計"),
          List.of("/admin/coverage?prefecture=香川県", "地域ごとの状況"),
          List.of("/admin/accounts", "アカウント"),
          List.of("/admin/password", "パスワード変更"));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, DATA);
    FeatureTestSupport.registerLine(registry, () -> "http://127.0.0.1:9");
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;

  @AfterAll
  static void stop() {
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void onAPhoneTheNavigationFoldsBehindAButtonWithLargeTargetsAndMarksThePageShown()
      throws Exception {
    assumeTrue(
        Files.isExecutable(AdminBrowserTests.CHROMIUM)
            && Files.isExecutable(AdminBrowserTests.CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    WebDriver browser = AdminBrowserTests.browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.manage().window().setSize(new Dimension(375, 812));
      signIn(browser, wait);

      for (List<String> page : PAGES) {
        browser.get("http://127.0.0.1:" + port + page.get(0));
        WebElement toggle = browser.findElement(By.id("nav-toggle"));
        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.id("staff-menu")).isDisplayed()).isFalse();
        assertThat(noSidewaysScroll(browser)).as(page.get(0)).isTrue();
        assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(44);

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> links = browser.findElements(By.cssSelector("#staff-menu a"));
        assertThat(links).hasSize(PAGES.size());
        for (WebElement link : links) {
          assertThat(link.isDisplayed()).isTrue();
          assertThat(link.getSize().getHeight()).as(link.getText()).isGreaterThanOrEqualTo(44);
          assertThat(link.getSize().getWidth()).isGreaterThanOrEqualTo(44);
        }
        assertThat(
                browser.findElement(By.cssSelector("#staff-menu a[aria-current=page]")).getText())
            .isEqualTo(page.get(1));
        assertThat(noSidewaysScroll(browser)).as(page.get(0) + ", open").isTrue();
        if (page.get(0).equals("/admin/directory")) {
          shoot(browser, "navigation-open-phone");
        }
      }
      // The menu is still open from the last page: its link leads where it says.
      browser.findElement(By.cssSelector("#staff-menu a[href='/admin/directory/import']")).click();
      wait.until(d -> d.getCurrentUrl().endsWith("/admin/directory/import"));
      browser.get("http://127.0.0.1:" + port + "/admin/directory");
      shoot(browser, "directory-list-phone");

      browser.manage().window().setSize(new Dimension(1280, 900));
      browser.get("http://127.0.0.1:" + port + "/admin/directory");
      assertThat(browser.findElement(By.id("nav-toggle")).isDisplayed()).isFalse();
      List<WebElement> links = browser.findElements(By.cssSelector("#staff-menu a"));
      assertThat(links).allSatisfy(l -> assertThat(l.isDisplayed()).isTrue());
      assertThat(links.stream().map(l -> l.getLocation().getY()).distinct())
          .as("at most two rows")
          .hasSizeLessThanOrEqualTo(2);
      assertThat(noSidewaysScroll(browser)).isTrue();
      shoot(browser, "navigation-desktop");
    } finally {
      browser.quit();
    }
  }

  @Test
  void onAPhoneTheCoverageTableScrollsInItsBoxAndThePublicAreaPageNeverSideways() throws Exception {
    assumeTrue(
        Files.isExecutable(AdminBrowserTests.CHROMIUM)
            && Files.isExecutable(AdminBrowserTests.CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    WebDriver browser = AdminBrowserTests.browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.manage().window().setSize(new Dimension(375, 812));
      signIn(browser, wait);
      browser.get("http://127.0.0.1:" + port + "/admin/coverage?prefecture=香川県");
      WebElement box = browser.findElement(By.cssSelector(".coverage-box"));

      assertThat(noSidewaysScroll(browser)).isTrue();
      assertThat(
              (Boolean)
                  ((JavascriptExecutor) browser)
                      .executeScript(
                          "return arguments[0].scrollWidth > arguments[0].clientWidth;", box))
          .as("the table is wider than the phone and scrolls inside its box")
          .isTrue();
      assertThat(browser.findElements(By.cssSelector("#coverage-table td.none"))).isNotEmpty();
      shoot(browser, "coverage-phone");
      browser.manage().window().setSize(new Dimension(1280, 900));
      shoot(browser, "coverage-desktop");

      browser.manage().window().setSize(new Dimension(375, 812));
      for (String area : List.of("37", "372013", "10")) {
        browser.get("http://127.0.0.1:" + port + "/areas/" + area);
        assertThat(browser.findElements(By.tagName("h1"))).as(area).isNotEmpty();
        assertThat(noSidewaysScroll(browser)).as("/areas/" + area).isTrue();
      }
      browser.get("http://127.0.0.1:" + port + "/areas/372013");
      shoot(browser, "areas-phone");
    } finally {
      browser.quit();
    }
  }

  private void signIn(WebDriver browser, WebDriverWait wait) {
    browser.get("http://127.0.0.1:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("tester");
    browser.findElement(By.id("password")).sendKeys("browser-secret");
    browser.findElement(By.id("login")).click();
    wait.until(d -> !d.findElements(By.id("nav-toggle")).isEmpty());
  }

  private static boolean noSidewaysScroll(WebDriver browser) {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth;");
  }

  /** What the window shows now, into {@code target/staff-screens/}. */
  private static void shoot(WebDriver browser, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "staff-screens"));
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
