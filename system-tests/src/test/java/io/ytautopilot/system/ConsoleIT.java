package io.ytautopilot.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reviewer console in a real headless Chromium (Debian's chromium and chromium-driver) against
 * the five running services: a workspace's reviewer works Gate 1 from the page (asking for changes
 * once, and seeing what the next revision changed) and follows generation live; the page refuses
 * her Gate 2 (four eyes), a second reviewer approves it, and a reviewer of another workspace sees
 * nothing of it.
 */
@ExtendWith(SharedSystem.class)
class ConsoleIT {
  private static final Path SCREENSHOTS = PipelineSystem.WORK.getParent().resolve("screenshots");
  private static final Path README_IMAGES = PipelineSystem.WORK.getParent().getParent().getParent()
      .resolve("docs/images");
  private static final String REVIEWER = "rita";
  /** The second pair of eyes at Gate 2, of the same workspace. */
  private static final String SECOND_REVIEWER = "ruth";
  private static final String OTHER_REVIEWER = "otto";

  private static PipelineSystem system;
  private static WebDriver browser;

  @BeforeAll
  static void startTheSystemAndTheBrowser() throws Exception {
    system = SharedSystem.get();
    Files.createDirectories(SCREENSHOTS);
    // the system's browser and driver: Selenium Manager has nothing to look up or download
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("yt.chromedriver", "/usr/bin/chromedriver")))
        .build();
    var options = new ChromeOptions().setBinary(System.getProperty("yt.chromium", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
            "--autoplay-policy=no-user-gesture-required", "--mute-audio");
    var logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aReviewerWorksBothGatesInTheBrowserAndAnotherWorkspaceSeesNothing() throws Exception {
    String workspace = PipelineSystem.WORKSPACE_REVIEWERS.get(REVIEWER);
    system.createWorkspaceAndFetch(workspace, List.of("explainer"));
    String videoId = awaitDraft(workspace);

    signIn(REVIEWER);
    WebElement card = waitFor(By.cssSelector("#column-SCRIPT_PENDING_REVIEW li[data-video-id='" + videoId + "']"));
    waitUntil("the card shows the cost estimate", () -> card.getText().contains("estimate")
        && !card.getText().contains("estimate …"));
    assertThat(Integer.parseInt(text("[data-count='SCRIPT_PENDING_REVIEW']"))).isPositive();
    screenshot("1-board");

    // keyboard only: focus the card's link and press Enter
    card.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
    waitFor(By.id("gate1"));
    assertThat(browser.findElements(By.cssSelector("#scenes tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.findElements(By.cssSelector("#states li.current"))).extracting(WebElement::getText)
        .containsExactly("SCRIPT_PENDING_REVIEW");
    assertThat(browser.findElement(By.id("revision-diff")).isDisplayed()).as("revision 1 has nothing to compare").isFalse();
    // the workspace bans "explainer", a tag of every offline-written package: editorial's compliance
    // pre-review flags it, and the reviewer sees it before deciding
    waitFor(By.cssSelector("#findings tr.finding.blocker"));
    assertThat(text("#findings")).contains("banned-word", "explainer");
    assertThat(text("#compliance-summary")).contains("blocker");
    assertThat(text("#drafting-facts")).contains("LLM cost of this revision");

    // changes once: editorial's offline writer answers with revision 2, and Gate 1 shows what changed
    browser.findElement(By.id("gate1-comment")).sendKeys("a punchier title, please");
    browser.findElement(By.id("gate1-request-changes")).sendKeys(Keys.ENTER);
    waitUntil(Duration.ofSeconds(60), "revision 2 is back at Gate 1", () -> "SCRIPT_PENDING_REVIEW".equals(text("#state"))
        && text("#facts").contains("revision 2 by editorial-service"));
    waitFor(By.cssSelector("#diff tbody tr[data-field='title']"));
    assertThat(text("#diff-from")).startsWith("1");
    assertThat(browser.findElements(By.cssSelector("#diff tbody tr[data-field='title'] :is(ins, del)")))
        .as("the title's inserted and deleted words are marked").isNotEmpty();
    assertThat(text("#answers-notes")).contains("a punchier title, please");
    screenshot("2-gate1-revision-diff");
    browser.findElement(By.id("gate1-comment")).clear();

    WebElement title = browser.findElement(By.id("seo-title"));
    String editedTitle = "Reviewed: " + title.getAttribute("value");
    title.clear();
    title.sendKeys(editedTitle);
    browser.findElement(By.id("gate1-comment")).sendKeys("good hook");
    screenshot("2-gate1");
    browser.findElement(By.id("gate1-approve")).sendKeys(Keys.ENTER);

    // the page follows generation by itself, no reload, with production's progress as it comes
    var progressWhileGenerating = new java.util.LinkedHashSet<String>();
    waitUntil(Duration.ofMinutes(4), "the page shows VIDEO_PENDING_REVIEW", () -> {
      String progress = text("#progress-text");
      if (!progress.isEmpty() && List.of("READY_FOR_GENERATION", "GENERATING").contains(text("#state"))) {
        if (progressWhileGenerating.add(progress) && progressWhileGenerating.size() == 1) {
          screenshot("3-generating");
        }
      }
      return "VIDEO_PENDING_REVIEW".equals(text("#state"));
    });
    assertThat(progressWhileGenerating).as("live progress lines").isNotEmpty()
        .allMatch(line -> line.matches("(queued|scene \\d+ of \\d+|assembling the video), \\d+ %.*"));
    assertThat(text("#progress-heading")).isEqualTo("Generation 1: last progress report");
    JsonPath pending = video(videoId);
    assertThat(pending.getString("script.title")).isEqualTo(editedTitle);
    assertThat(pending.getString("scriptApproval.reviewer")).isEqualTo(REVIEWER);

    waitFor(By.id("gate2"));
    var player = (JavascriptExecutor) browser;
    waitUntil("the video's metadata loaded", () -> ((Number) player.executeScript(
        "return document.getElementById('player').readyState")).intValue() >= 1);
    double duration = ((Number) player.executeScript("return document.getElementById('player').duration")).doubleValue();
    assertThat(duration).isPositive().isCloseTo(pending.getDouble("assets.videoDurationSeconds"),
        org.assertj.core.data.Offset.offset(0.5));
    Object played = player.executeScript("const video = document.getElementById('player'); video.muted = true;"
        + " return video.play().then(() => 'playing', error => 'refused: ' + error.message);");
    assertThat(played).isEqualTo("playing");
    waitUntil("the video plays", () -> ((Number) player.executeScript(
        "return document.getElementById('player').currentTime")).doubleValue() > 0.5);
    player.executeScript("document.getElementById('player').pause()");
    assertThat(player.executeScript("return document.getElementById('player').error")).isNull();
    assertThat(((Number) player.executeScript("return document.getElementById('thumbnail').naturalWidth"))
        .intValue()).isPositive();
    screenshot("4-gate2");

    // four eyes: the reviewer who approved Gate 1 cannot approve Gate 2, and the page says why
    browser.findElement(By.id("gate2-approve")).click();
    waitUntil("the page refuses a self-review", () -> text("#message").contains("four eyes: " + REVIEWER
        + " approved Gate 1"));
    assertThat(video(videoId).getString("state")).isEqualTo("VIDEO_PENDING_REVIEW");
    // the browser logs the refused request; reading the log empties it for the check at the end
    assertThat(severeBrowserMessages()).as("console errors up to the refusal")
        .singleElement().asString().contains("/gate2/approve").contains("403");
    browser.findElement(By.id("sign-out")).click();
    signIn(SECOND_REVIEWER);
    browser.navigate().to(system.url("review-service", "/console/videos/" + videoId));
    waitFor(By.id("gate2"));

    new Select(browser.findElement(By.id("privacy"))).selectByValue("unlisted");
    browser.findElement(By.id("gate2-comment")).sendKeys("ship it");
    browser.findElement(By.id("gate2-approve")).click();
    waitUntil(Duration.ofSeconds(90), "the page shows PUBLISHED", () -> "PUBLISHED".equals(text("#state")));
    assertThat(browser.findElements(By.cssSelector("#timeline tbody tr")).stream().map(WebElement::getText))
        .anyMatch(row -> row.contains("VIDEO_PENDING_REVIEW") && row.contains("READY_FOR_PUBLISH")
            && row.contains(SECOND_REVIEWER) && row.contains("ship it"));
    screenshot("5-published");
    elementScreenshot(By.id("timeline"), "6-timeline");
    JsonPath published = video(videoId);
    assertThat(published.getString("videoApproval.reviewer")).isEqualTo(SECOND_REVIEWER);
    assertThat(published.getString("publishOptions.privacyStatus")).isEqualTo("unlisted");

    browser.navigate().to(system.url("review-service", "/console"));
    waitFor(By.cssSelector("#column-PUBLISHED li[data-video-id='" + videoId + "']"));
    screenshot("7-board-after");
    assertThat(severeBrowserMessages()).as("console errors").isEmpty();

    browser.findElement(By.id("sign-out")).click();
    signIn(OTHER_REVIEWER);
    waitUntil("the other reviewer's board loaded", () -> text("#total").matches("\\d+ videos?"));
    assertThat(browser.findElements(By.cssSelector("li[data-video-id='" + videoId + "']"))).isEmpty();
    assertThat(text("[data-count='PUBLISHED']")).isEqualTo("0");
    browser.navigate().to(system.url("review-service", "/console/videos/" + videoId));
    waitUntil("the page refuses the other workspace's video", () -> text("#message").contains("403"));
    assertThat(browser.findElement(By.id("gate2")).isDisplayed()).isFalse();
    screenshot("8-other-workspace");

    Files.createDirectories(README_IMAGES);
    Files.copy(SCREENSHOTS.resolve("7-board-after.png"), README_IMAGES.resolve("console-board.png"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(SCREENSHOTS.resolve("4-gate2.png"), README_IMAGES.resolve("console-gate2.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static void signIn(String user) {
    browser.navigate().to(system.url("review-service", "/console/login"));
    WebElement name = waitFor(By.id("username"));
    name.sendKeys(user, Keys.ENTER);
    waitUntil(user + " is signed in", () -> text("#who").contains("Signed in as " + user));
  }

  private static String awaitDraft(String workspace) {
    String token = given().formParam("username", "ops").post(system.url("review-service", "/auth/dev-token"))
        .then().statusCode(200).extract().jsonPath().getString("token");
    return org.awaitility.Awaitility.await("a drafted script reaches Gate 1").atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> given().header("Authorization", "Bearer " + token).queryParam("workspace", workspace)
            .get(system.url("review-service", "/videos")).jsonPath()
            .getString("find { it.state == 'SCRIPT_PENDING_REVIEW' }.id"), id -> id != null);
  }

  private static JsonPath video(String videoId) {
    String token = given().formParam("username", REVIEWER).post(system.url("review-service", "/auth/dev-token"))
        .then().statusCode(200).extract().jsonPath().getString("token");
    return given().header("Authorization", "Bearer " + token).get(system.url("review-service", "/videos/{id}"), videoId)
        .then().statusCode(200).extract().jsonPath();
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
    waitUntil(Duration.ofSeconds(20), what, condition);
  }

  private static void waitUntil(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
    // a page being replaced mid-check answers with a driver error; the next poll sees the new page
    new WebDriverWait(browser, timeout).withMessage(what).ignoring(WebDriverException.class)
        .until(driver -> condition.getAsBoolean());
  }

  /**
   * The rendered text of the first element matching the CSS selector, or "" while there is none. Read in one
   * script call: an element handle found first and read later can belong to a page that has since been replaced.
   */
  private static String text(String cssSelector) {
    Object text = ((JavascriptExecutor) browser).executeScript(
        "const found = document.querySelector(arguments[0]); return found ? found.innerText : '';", cssSelector);
    return text == null ? "" : text.toString().strip();
  }

  private static List<String> severeBrowserMessages() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** Unchecked, so a wait's condition can take one at the moment it sees something worth keeping. */
  private static void screenshot(String name) {
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void elementScreenshot(By locator, String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.findElement(locator).getScreenshotAs(OutputType.BYTES));
  }
}
