package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.logging.Level;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.privacy.AnonymousStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statistics page in headless Chromium: its charts draw, small figures are words, no error. */
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"junction.admin.user=tester", "junction.admin.password=browser-secret"})
class StatsBrowserTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    registry.add("junction.privacy.stats.key-prefix", () -> PREFIX + "{stats}:");
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;
  @Autowired AnonymousStats stats;

  @AfterAll
  static void stop() {
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void theChartsDrawWithoutAConsoleErrorAndASmallFigureIsAWord() throws Exception {
    assumeTrue(
        Files.isExecutable(AdminBrowserTests.CHROMIUM)
            && Files.isExecutable(AdminBrowserTests.CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    String[][] asked = {
      {"香川県高松市", "ibasho", "9"},
      {"香川県高松市", "family", "2"},
      {"香川県丸亀市", "ibasho", "6"},
      {"香川県", "consultation|hotline", "5"},
      {"", "", "7"}
    };
    for (String[] a : asked) {
      for (int i = 0; i < Integer.parseInt(a[2]); i++) {
        stats.recordQuestion(a[0], a[1], i % 3 != 0, "ことば", null);
      }
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> redis.keys(PREFIX + "{stats}:questions:*").size() == 1);

    WebDriver browser = AdminBrowserTests.browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get("http://127.0.0.1:" + port + "/login");
      browser.findElement(By.id("username")).sendKeys("tester");
      browser.findElement(By.id("password")).sendKeys("browser-secret");
      browser.findElement(By.id("login")).click();
      wait.until(d -> !d.findElements(By.id("create")).isEmpty());
      browser.findElement(By.linkText("統計")).click();
      wait.until(d -> !d.findElements(By.cssSelector("#table-areas svg")).isEmpty());

      // Drawn, not just present: the biggest bar of the area chart has its full width on screen.
      assertThat(
              browser.findElement(By.cssSelector("#table-areas rect.asked")).getRect().getWidth())
          .isGreaterThan(100);
      assertThat(browser.findElement(By.cssSelector("#table-kinds tbody")).getText())
          .contains("相談窓口・電話・SNS相談 5")
          .contains("5件未満");
      AdminBrowserTests.shoot(browser, "stats");
      assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
          .filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
          .extracting(LogEntry::getMessage)
          .isEmpty();
    } finally {
      browser.quit();
    }
  }
}
