package jp.junction.bot.simulator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the chat page in Debian's headless Chromium, as a person would: both browser paths are
 * given explicitly so Selenium never downloads a browser or a driver.
 */
final class ChatPage implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  ChatPage(int width, int height) throws IOException {
    profile = Files.createTempDirectory("junction-chat-page-");
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
        "--hide-scrollbars",
        "--lang=ja-JP",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    fitViewport(width, height);
  }

  /** Sizes the window so that the page itself (not the window) is width x height pixels. */
  private void fitViewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    List<?> inner =
        (List<?>)
            ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
    int extraWidth = width - ((Number) inner.get(0)).intValue();
    int extraHeight = height - ((Number) inner.get(1)).intValue();
    driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
  }

  static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  void open(String url) {
    driver.get(url);
  }

  /** Waits until the bot has drawn at least {@code count} bubbles or carousels. */
  List<WebElement> awaitBotMessages(int count) {
    By bot = By.cssSelector(".row.bot:not(.typing) .bubble, .cards");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(bot, count - 1));
    return driver.findElements(bot);
  }

  int botMessageCount() {
    return driver.findElements(By.cssSelector(".row.bot:not(.typing) .bubble, .cards")).size();
  }

  List<String> userBubbles() {
    return driver.findElements(By.cssSelector(".row.user .bubble")).stream()
        .map(WebElement::getText)
        .toList();
  }

  void type(String text) {
    WebElement input = driver.findElement(By.id("text"));
    input.sendKeys(text);
    driver.findElement(By.id("send")).click();
  }

  List<WebElement> quickReplies() {
    return driver.findElements(By.cssSelector("#quick .chip"));
  }

  void tapQuickReply(int index) {
    wait.until(d -> quickReplies().size() > index);
    quickReplies().get(index).click();
  }

  void openMenu() {
    driver.findElement(By.id("plus")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu")));
  }

  void chooseFromMenu(String menuItem) {
    driver.findElement(By.cssSelector("#menu [data-menu='" + menuItem + "']")).click();
  }

  void pickPlace(String title) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("places")));
    driver.findElement(By.cssSelector("#places [data-title='" + title + "']")).click();
  }

  /** Taps the first card button labelled {@code label} (a card's own button, not a quick reply). */
  void tapCardButton(String label) {
    By button =
        By.xpath(
            "//div[contains(@class,'card-buttons')]/button[normalize-space()='" + label + "']");
    wait.until(ExpectedConditions.elementToBeClickable(button));
    WebElement found = driver.findElement(button);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'});", found);
    found.click();
  }

  List<WebElement> cards() {
    return driver.findElements(By.cssSelector(".cards .card"));
  }

  void screenshot(Path target) throws IOException {
    File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profile);
  }
}
