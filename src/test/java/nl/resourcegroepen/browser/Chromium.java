package nl.resourcegroepen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: both paths are given, so Selenium
 * never looks for (or downloads) a browser or driver. A fresh profile and download folder per browser.
 * Without Chromium the browser tests fail with how to install it; they are never skipped.
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration PATIENCE = Duration.ofSeconds(15);

  private final String base;
  private final Path profile;
  private final Path downloads;
  private final ChromeDriver driver;

  private Chromium(int port) throws IOException {
    this.base = "http://localhost:" + port;
    this.profile = Files.createTempDirectory("rg-chromium-profile");
    this.downloads = Files.createTempDirectory("rg-chromium-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=nl-NL", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
  }

  static Chromium start(int port) {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      fail("The browser tests need Debian's Chromium and its driver (" + BROWSER + ", " + DRIVER
          + "). Install them with: apt-get install -y chromium chromium-driver (.ci/run does this).");
    }
    try {
      return new Chromium(port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Logs in through the login page, as a person does; returns the page the user landed on. */
  String logIn(String user) {
    driver.manage().deleteAllCookies();
    open("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    return driver.getCurrentUrl().substring(base.length());
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
    return waiting().until(condition::apply);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
  }

  /** Waits for a download to finish and returns the file. */
  Path downloaded(String fileName) {
    Path file = downloads.resolve(fileName);
    waitUntil(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
      delete(downloads);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
