package jp.junction.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.directory.DirectoryChange;
import jp.junction.bot.directory.DirectoryStore;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.exchange.ExchangeWriter;
import jp.junction.bot.search.ResourceCells;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A member of staff in headless Chromium imports a spreadsheet through the real server (its
 * multipart body through the buffered-body filter and the CSRF check): the preview lists three
 * broken rows in Japanese, 「反映する」 applies the other rows, and the store logs who did it; a file
 * over the upload limit shows the import page's Japanese explanation instead of a server error.
 */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"junction.admin.user=tester", "junction.admin.password=browser-secret"})
class ImportBrowserTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final Path DATA = AdminBrowserTests.dataWithTwoAreas();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, DATA);
    FeatureTestSupport.registerLine(registry, () -> "http://127.0.0.1:9");
  }

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;
  @Autowired DirectoryStore store;

  @AfterAll
  static void stop() {
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void aSheetWithThreeBrokenRowsShowsThreeJapaneseRowErrorsAndAppliesTheRest() throws Exception {
    assumeTrue(
        Files.isExecutable(AdminBrowserTests.CHROMIUM)
            && Files.isExecutable(AdminBrowserTests.CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    Path sheet = sheet();
    WebDriver browser = AdminBrowserTests.browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get("http://127.0.0.1:" + port + "/login");
      browser.findElement(By.id("username")).sendKeys("tester");
      browser.findElement(By.id("password")).sendKeys("browser-secret");
      browser.findElement(By.id("login")).click();
      wait.until(d -> !d.findElements(By.linkText("取り込み")).isEmpty());
      browser.findElement(By.linkText("取り込み")).click();
      wait.until(d -> !d.findElements(By.id("file")).isEmpty());
      browser.findElement(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
      browser.findElement(By.id("upload")).click();

      wait.until(d -> !d.findElements(By.id("preview")).isEmpty());
      List<String> errors =
          browser.findElements(By.cssSelector("#row-errors tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(errors).hasSize(3);
      assertThat(errors.get(0)).startsWith("4 D").contains("「cafe」は使えません");
      assertThat(errors.get(1)).startsWith("5 J").contains("数字ではありません");
      assertThat(errors.get(2)).startsWith("6 H").contains("「香川県ふしぎ町」という地域が見つかりません");
      assertThat(AdminBrowserTests.text(browser, "count-added")).isEqualTo("1件");
      assertThat(AdminBrowserTests.text(browser, "count-changed")).isEqualTo("1件");
      assertThat(AdminBrowserTests.text(browser, "count-unchanged")).isEqualTo("1件");
      AdminBrowserTests.shoot(browser, "import-preview");
      browser.findElement(By.id("apply")).click();

      wait.until(d -> AdminBrowserTests.text(d, "done").contains("反映しました（2件）"));
      AdminBrowserTests.shoot(browser, "import-done");
    } finally {
      browser.quit();
    }
    assertThat(store.get("t3"))
        .hasValueSatisfying(e -> assertThat(e.resource().name()).isEqualTo("高松の新しい居場所"));
    assertThat(store.get("r1").orElseThrow().resource().hours()).isEqualTo("毎週金 13:00-17:00");
    assertThat(store.history("r1"))
        .first()
        .satisfies(
            c -> {
              assertThat(c.by()).isEqualTo("tester");
              assertThat(c.fields())
                  .extracting(DirectoryChange.Field::name)
                  .containsExactly("hours");
            });
    assertThat(store.get("t4")).isEmpty();
  }

  @Test
  void aFileOverTheLimitShowsAJapanesePageThatSaysWhatToDo() throws Exception {
    assumeTrue(
        Files.isExecutable(AdminBrowserTests.CHROMIUM)
            && Files.isExecutable(AdminBrowserTests.CHROMEDRIVER),
        "Chromium and chromedriver are not installed in /usr/bin");
    cleanup = redis;
    Path big = Files.createTempFile("junction-import-big-", ".csv");
    try (var out = Files.newOutputStream(big)) {
      byte[] line = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z\n".repeat(100).getBytes();
      for (long written = 0; written < 33L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    WebDriver browser = AdminBrowserTests.browser();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://127.0.0.1:" + port + "/login");
      browser.findElement(By.id("username")).sendKeys("tester");
      browser.findElement(By.id("password")).sendKeys("browser-secret");
      browser.findElement(By.id("login")).click();
      wait.until(d -> !d.findElements(By.linkText("取り込み")).isEmpty());
      browser.findElement(By.linkText("取り込み")).click();
      wait.until(d -> !d.findElements(By.id("file")).isEmpty());
      browser.findElement(By.id("file")).sendKeys(big.toAbsolutePath().toString());
      browser.findElement(By.id("upload")).click();

      wait.until(d -> !d.findElements(By.id("too-large")).isEmpty());
      assertThat(browser.getCurrentUrl()).endsWith("/admin/directory/import/too-large");
      assertThat(AdminBrowserTests.text(browser, "too-large"))
          .contains("30MBまで")
          .contains("いくつかのファイルに分ける")
          .contains("CSV UTF-8");
      AdminBrowserTests.shoot(browser, "import-too-large");
      browser.findElement(By.id("back-to-import")).click();
      wait.until(d -> d.getCurrentUrl().endsWith("/admin/directory/import"));
      assertThat(browser.findElements(By.id("too-large"))).isEmpty();
    } finally {
      browser.quit();
      Files.delete(big);
    }
  }

  /** r1 changed, m1 as it is, t3 new, and three broken rows (lines 4 to 6). */
  private static Path sheet() throws IOException {
    List<String> header = new ArrayList<>(ResourceCells.COLUMNS);
    header.add("status");
    List<List<String>> rows =
        List.of(
            takamatsu(header, "r1", "たかまつの居場所", "hours=毎週金 13:00-17:00", "updated=2026-09-01"),
            row(
                header,
                "id=m1",
                "name=まえばしの家族会",
                "category=family",
                "audience=family",
                "coverage=local",
                "prefecture=群馬県",
                "municipality=前橋市",
                "hours=毎月第2土 13:30-16:00",
                "updated=2024-05-01"),
            takamatsu(header, "t4", "壊れた行1", "category=cafe"),
            takamatsu(header, "t5", "壊れた行2", "lat=北緯34度"),
            takamatsu(header, "t6", "壊れた行3", "municipality=ふしぎ町"),
            takamatsu(header, "t3", "高松の新しい居場所", "audience=self|family"));
    Path file = Files.createTempFile("junction-import-", ".xlsx");
    Files.write(file, ExchangeWriter.xlsx("directory", header, rows));
    return file;
  }

  /** A 高松 居場所 for 本人, with some cells ({@code column=cell}) replaced. */
  private static List<String> takamatsu(
      List<String> header, String id, String name, String... replaced) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                "id=" + id,
                "name=" + name,
                "category=ibasho",
                "audience=self",
                "coverage=local",
                "prefecture=香川県",
                "municipality=高松市"));
    cells.addAll(List.of(replaced));
    return row(header, cells.toArray(String[]::new));
  }

  /** The row of {@code column=cell} pairs under {@code header} (a later pair wins). */
  private static List<String> row(List<String> header, String... pairs) {
    Map<String, String> cells = new java.util.HashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      cells.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return header.stream().map(c -> cells.getOrDefault(c, "")).toList();
  }
}
