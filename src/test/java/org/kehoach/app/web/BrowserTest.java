package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The user's path in a real browser: Debian's headless Chromium driven through chromedriver by Selenium.
 * Skipped, with the reason, when either is missing ({@code apt-get install -y chromium chromium-driver};
 * {@code .ci/run} installs them). With {@code -Dkehoach.screenshots=DIR} it also saves the README's
 * screenshots there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(90);
  /** Held so the level sticks: Selenium warns on every start that it has no CDP bindings for this Chromium. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  private Path out;
  private PlanPipeline pipeline;
  private WebServer server;
  private ChromeDriver driver;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    Path chromium = Path.of(System.getProperty("kehoach.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("kehoach.chromedriver", "/usr/bin/chromedriver"));
    assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
        "browser test skipped: " + chromium + " or " + chromedriver
            + " is missing (apt-get install -y chromium chromium-driver)");
    out = dir.resolve("output");
    pipeline = new PlanPipeline(new PipelineConfig(Limits.defaults().withTimeout(Duration.ofSeconds(120)), false, null));
    server = new WebServer(WebConfig.defaults(out, out.resolve("index")).withPort(0), pipeline, Corpus.lexicon()).start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1400,900",
        "--lang=vi");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void uploadAPdfSeeItsTargetsAndTheSourceOfOne() throws IOException {
    driver.get(server.url() + "/");
    Path pdf = Corpus.dir().resolve("2023_cam-pha.pdf").toAbsolutePath();
    driver.findElement(By.id("files")).sendKeys(pdf.toString());
    waitFor("the upload to finish", () -> !driver.findElements(By.cssSelector("#queue li.done a, #queue li.failed")).isEmpty());
    WebElement item = driver.findElement(By.cssSelector("#queue li"));
    assertTrue(item.getAttribute("class").contains("done"), "upload failed: " + item.getText());
    assertTrue(item.getText().contains("chỉ tiêu"), item.getText());
    item.findElement(By.linkText("Xem kết quả")).click();

    waitFor("the plan page", () -> !driver.findElements(By.cssSelector("table.targets tbody tr")).isEmpty());
    List<WebElement> rows = driver.findElements(By.cssSelector("table.targets tbody tr"));
    assertTrue(rows.size() > 5, "the Cẩm Phả plan shows its targets, found " + rows.size());
    assertTrue(driver.getPageSource().contains("Chỉ tiêu"));
    String sourceText = (String) js("return document.getElementById('source-text').textContent");
    // a target far down the text, so that showing its source needs a scroll
    WebElement row = rows.get(rows.size() - 1);
    String[] span = row.getAttribute("data-spans").split("-");
    int start = Integer.parseInt(span[0]);
    int end = Integer.parseInt(span[1]);
    assertTrue(start > 3000, "the last target starts far down the text, at " + start);
    row.findElement(By.cssSelector("td.name")).click();

    waitFor("the source highlight", () -> !driver.findElements(By.id("hl")).isEmpty());
    WebElement mark = driver.findElement(By.id("hl"));
    assertEquals(sourceText.substring(start, end), js("return document.getElementById('hl').textContent"));
    assertFalse(mark.getText().isBlank());
    assertTrue(row.getAttribute("class").contains("selected"));
    Object visible = js("const m = document.getElementById('hl').getBoundingClientRect();"
        + "const c = document.querySelector('section.source').getBoundingClientRect();"
        + "return m.top >= c.top && m.bottom <= c.bottom && m.bottom <= window.innerHeight"
        + " && document.querySelector('section.source').scrollTop > 0;");
    assertEquals(Boolean.TRUE, visible, "the highlighted span is scrolled into view");
    assertEquals(sourceText, js("return document.getElementById('source-text').textContent"),
        "highlighting changes no character of the text");
    screenshot("plan-view.png");

    // the upload went into the index: a search without diacritics finds it. Two more plans (over the API)
    // give the results and the chart other districts and years.
    Http http = new Http(server.url());
    http.post("/api/plans", new Http.Part("2022_cam-pha.synthetic.txt",
        Corpus.bytes("synthetic/2022_cam-pha.synthetic.txt")));
    http.post("/api/plans", new Http.Part("2020_hong-ngu.txt", Corpus.bytes("2020_hong-ngu.txt")));
    driver.get(server.url() + "/search");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("tiem chung");
    q.submit();
    waitFor("the search results", () -> driver.findElement(By.id("results")).getText().contains("Cẩm Phả"));
    assertTrue(driver.findElement(By.id("summary")).getText().contains("chỉ tiêu khớp"),
        driver.findElement(By.id("summary")).getText());
    assertTrue(driver.getCurrentUrl().contains("q=tiem+chung"), driver.getCurrentUrl());
    screenshot("search.png");

    // compare Cẩm Phả 2023 with the synthetic 2022 variant: rows coloured by ambition, and a chart
    driver.get(server.url() + "/compare");
    WebElement byPlace = driver.findElement(By.id("by-place"));
    byPlace.findElement(By.name("district")).sendKeys("Cẩm Phả");
    byPlace.findElement(By.name("year")).sendKeys("2023");
    byPlace.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor("the comparison", () -> !driver.findElements(By.cssSelector("table.compare tbody tr")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("table.compare tr.MORE_AMBITIOUS")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("table.compare tr.LESS_AMBITIOUS")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#out svg")).isEmpty(), "the comparison draws a chart");
    screenshot("compare.png");
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void waitFor(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + " at " + driver.getCurrentUrl());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  private void screenshot(String name) throws IOException {
    String dir = System.getProperty("kehoach.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    Path target = Path.of(dir).resolve(name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
