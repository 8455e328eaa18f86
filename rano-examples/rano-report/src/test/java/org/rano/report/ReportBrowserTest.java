package org.rano.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The report of the example cohort (rano-examples/examples/cases/cohort.ndjson) opened in a real
 * browser: Debian's chromium, driven by its chromedriver over WebDriver. It checks that each plot
 * is drawn with the right number of lanes, points and bars, that the page loaded nothing from
 * outside and logged no error, and saves a screenshot as {@code target/report.png} (the README's
 * picture, rano-examples/rano-report/doc/report.png, is a copy of it).
 *
 * <p>Where chromium or chromedriver is missing the test is skipped with a message; under CI (the
 * environment variable {@code CI} set) it fails instead, so a CI run cannot pass without it.
 */
class ReportBrowserTest {
  /** Debian's chromium; the system property {@code rano.chromium} names another (to try a skip). */
  private static final Path CHROMIUM =
      Path.of(System.getProperty("rano.chromium", "/usr/bin/chromium"));

  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("rano.chromedriver", "/usr/bin/chromedriver"));

  private static ChromeDriver driver;
  private static Path userData;

  @BeforeAll
  static void openBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message =
          "the browser test needs Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install -y chromium chromium-driver";
      String ci = System.getenv("CI");
      if (ci != null && !ci.isEmpty()) {
        Assertions.fail("CI is set, so the browser test may not be skipped: " + message);
      }
      Assumptions.abort("skipped: " + message);
    }
    userData = Files.createTempDirectory("rano-report-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--user-data-dir=" + userData);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (userData != null) {
      try (var files = Files.walk(userData)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static Path writeReport() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "browser"));
    Path html = dir.resolve("report.html");
    CohortReport report =
        Cohorts.read(Cohorts.exampleCohortText()).title("Example cohort (6 cases)").build();
    Files.writeString(html, report.html(), StandardCharsets.UTF_8);
    return html.toAbsolutePath();
  }

  private static int count(String css) {
    return driver.findElements(By.cssSelector(css)).size();
  }

  @Test
  void exampleCohort_everyPlotIsDrawn_withoutConsoleError_andAScreenshotIsSaved()
      throws IOException {
    Path html = writeReport();
    driver.manage().window().setSize(new Dimension(1100, 2750));
    driver.get(html.toUri().toString());

    // swimmer: one lane per case (6), one marker per time point (2 + 3 + 5 + 2 + 2 + 2 = 16),
    // a progression bar for the 3 cases that progressed, an arrow for the 3 that did not
    assertThat(count("svg[data-chart=swimmer] g.lane-g")).isEqualTo(6);
    assertThat(count("svg[data-chart=swimmer] g.tp")).isEqualTo(16);
    assertThat(count("svg[data-chart=swimmer] g.tp circle")).isEqualTo(16);
    assertThat(count("svg[data-chart=swimmer] line[data-progression]")).isEqualTo(3);
    assertThat(count("svg[data-chart=swimmer] path[data-ongoing]")).isEqualTo(3);
    // spider: the 4 cases of the 2017 scorecard with a composite change (EX-SEQUENCE is a
    // sequence, EX-NORMAL-MRI-CR has a baseline composite of 0), 2 + 3 + 2 + 2 = 9 points
    assertThat(count("svg[data-chart=spider] g.spider-case")).isEqualTo(4);
    assertThat(count("svg[data-chart=spider] circle.sp")).isEqualTo(9);
    // waterfall: one bar for each of those 4 cases
    assertThat(count("svg[data-chart=waterfall] rect.wf")).isEqualTo(4);
    assertThat(count("#spider details.na li")).isEqualTo(2);
    // Kaplan-Meier: 3 progressions (days 28, 63, 147), 3 censored
    WebElement km = driver.findElement(By.cssSelector("svg[data-chart=km]"));
    assertThat(km.getAttribute("data-events")).isEqualTo("3");
    assertThat(km.getAttribute("data-censored")).isEqualTo("3");
    assertThat(count("svg[data-chart=km] path.km")).isEqualTo(1);
    assertThat(count("svg[data-chart=km] g.atrisk text.nr")).isGreaterThan(3);
    // per case: 6 sections, 5 heat strips and 5 composite charts (the sequence has neither)
    assertThat(count("section.case")).isEqualTo(6);
    assertThat(count("section.case svg[data-chart=strip]")).isEqualTo(5);
    assertThat(count("section.case svg[data-chart=composite]")).isEqualTo(5);

    // every plot is drawn (has a size on screen), with its title and real text
    assertThat(count("#cases svg[data-chart=legend]")).isEqualTo(1); // the strips' one legend
    List<WebElement> charts =
        driver.findElements(By.cssSelector("svg.rc:not([data-chart=legend])"));
    assertThat(charts).hasSize(4 + 5 + 5);
    for (WebElement chart : charts) {
      assertThat(chart.getSize().getWidth()).isGreaterThan(100);
      assertThat(chart.getSize().getHeight()).isGreaterThan(100);
      assertThat(chart.findElements(By.cssSelector("text.ttl"))).hasSize(1);
      assertThat(chart.findElements(By.tagName("text")).size()).isGreaterThan(5);
    }

    // nothing was loaded from anywhere: no resource besides the page itself
    Object resources =
        ((JavascriptExecutor) driver)
            .executeScript("return performance.getEntriesByType('resource').length;");
    assertThat(resources).isEqualTo(0L);

    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).as("console errors").isEmpty();

    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path png = Path.of("target", "report.png");
    Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(png)).isGreaterThan(10_000);
    // each case section on its own, for a reader checking the per-case charts
    WebElement firstCase = driver.findElement(By.id("case-2"));
    Files.copy(
        firstCase.getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target", "report-case-2.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
