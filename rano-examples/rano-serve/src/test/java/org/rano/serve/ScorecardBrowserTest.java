package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rano.CaseAssessment;
import org.rano.TimePoint;
import org.rano.json.CaseFormat;
import org.rano.json.CaseRejection;
import org.rano.neuro.Domain;
import org.rano.neuro.Instrument;

/**
 * The electronic scorecard (GET /) in a real browser: Debian's chromium, driven by its chromedriver
 * over WebDriver, against a {@link RanoServer} on a free port. A clinician's work is done through
 * the form (select, type, click), visit by visit; the computed calls the page shows are compared
 * with {@link org.rano.RanoLm}'s for the same case (through {@link CaseFormat}), and screenshots
 * are saved under {@code target/} (rano-examples/rano-serve/doc/scorecard.png is a copy of one).
 *
 * <p>Where chromium or chromedriver is missing the tests are skipped with a message; under CI (the
 * environment variable {@code CI} set) they fail instead.
 */
class ScorecardBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("rano.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("rano.chromedriver", "/usr/bin/chromedriver"));
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CaseFormat FORMAT = CaseFormat.withDefaults();
  private static final Instrument FOURTEEN = fourteen();

  private static ChromeDriver driver;
  private static Path userData;
  private static RanoServer server;

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
    // the default instrument (LANO) and another, as a user would plug one in
    server =
        RanoServer.builder()
            .port(0)
            .format(CaseFormat.withDefaults().withInstrument(FOURTEEN))
            .build()
            .start();
    userData = Files.createTempDirectory("rano-serve-chromium");
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
        "--lang=en-US",
        "--user-data-dir=" + userData);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    if (userData != null) {
      try (var files = Files.walk(userData)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void openPage() {
    consoleErrors(); // read, and so left out of this test's: the earlier tests' messages
    driver.get("http://127.0.0.1:" + server.address().getPort() + "/");
    waitUntil(
        () -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  // ------------------------------------------------------------------------------------- tests

  @Test
  void completeCase_enteredVisitByVisit_showsTheResponsesOfRanoLm() throws IOException {
    JsonNode example = read("pr-confirmed.json");

    enterCase(example);

    CaseAssessment expected = FORMAT.read(example.toString()).assess();
    List<TimePoint> points = expected.timePoints();
    JsonNode written = MAPPER.readTree(FORMAT.write(expected)).get("timepoints");
    assertThat(points).hasSize(2);
    for (int v = 1; v <= 2; v++) {
      WebElement call = driver.findElement(By.cssSelector("#computed-" + v + " .resp"));
      assertThat(call.getDomAttribute("data-overall"))
          .as("follow-up %d", v)
          .isEqualTo(points.get(v - 1).overall().name());
      List<String> rules = new ArrayList<>();
      written.get(v - 1).get("rules").forEach(rule -> rules.add(rule.asText()));
      assertThat(driver.findElement(By.cssSelector("#computed-" + v + " .rule-ids")).getText())
          .isEqualTo(String.join(", ", rules));
      List<String> reasons = new ArrayList<>();
      written.get(v - 1).get("reasons").forEach(reason -> reasons.add(reason.asText()));
      assertThat(
              driver.findElements(By.cssSelector("#computed-" + v + " ul.reasons li")).stream()
                  .map(WebElement::getText)
                  .toList())
          .isEqualTo(reasons);
    }
    assertThat(text("best")).startsWith(expected.bestOverallResponse().response().name());
    assertThat(text("confirmed-best"))
        .startsWith(expected.confirmedBestOverallResponse().response().name());
    assertThat(text("progression")).isEqualTo("none");
    // the pictures of rano-report: the composite over time and the heat strip, drawn
    assertThat(driver.findElements(By.cssSelector("#charts figure svg"))).hasSize(2);
    for (WebElement svg : driver.findElements(By.cssSelector("#charts figure svg"))) {
      assertThat(svg.getSize().getWidth()).isGreaterThan(100);
    }
    assertThat(consoleErrors()).isEmpty();
    screenshot("scorecard-complete.png", null);
    screenshot("scorecard-follow-up-2.png", "visit-2");
  }

  @Test
  void emptyDomain_blocksTheVisit_withTheLibrarysMessageBesideTheField() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    ObjectNode firstFollowUp = (ObjectNode) example.get("followUps").get(0);
    ((ObjectNode) firstFollowUp.get("neuro")).remove("gait");
    ObjectNode twoVisits = example.deepCopy();
    twoVisits.withArray("followUps").remove(1);
    String libraryMessage;
    try {
      FORMAT.read(twoVisits.toString()).assess();
      throw new AssertionError("the library accepted a follow-up without gait");
    } catch (CaseRejection e) {
      assertThat(e.path()).isEqualTo("followUps[0].neuro.gait");
      libraryMessage = e.problem();
    }

    enterVisit(example, 0);
    submit(0);
    addFollowUp();
    enterVisit(example, 1);
    submit(1);

    // one problem: the empty domain, with the library's message (not also "Required")
    assertThat(status(1))
        .isEqualTo("\u2716 Blocked: not submitted. 1 problem marked beside its field.");
    WebElement gait = control("followUps[0].neuro.gait");
    assertThat(gait.getDomAttribute("aria-invalid")).isEqualTo("true");
    WebElement beside = driver.findElement(By.id(gait.getDomAttribute("id") + "-error"));
    assertThat(beside.getText()).isEqualTo(libraryMessage);
    // the message sits in the same field as the control, and the control has the focus
    assertThat(beside.findElement(By.xpath("..")).findElement(By.tagName("select")))
        .isEqualTo(gait);
    assertThat(driver.switchTo().activeElement()).isEqualTo(gait);
    // a blocked visit has no computed call, and no next visit can be added
    assertThat(driver.findElements(By.cssSelector("#computed-1 .resp"))).isEmpty();
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isFalse();
    screenshot("scorecard-blocked.png", "visit-1");

    // choosing the level lets the visit through
    choose("followUps[0].neuro.gait", "0");
    submit(1);
    assertThat(status(1)).startsWith("\u2714 Submitted");
    assertThat(beside.getText()).isEmpty();
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isTrue();
  }

  @Test
  void addingOrRemovingALesion_afterSubmitting_makesTheVisitToBeSubmittedAgain()
      throws IOException {
    importCase(read("pr-confirmed.json"));
    submit(0);
    submit(1);
    submit(2);
    assertThat(status(2)).startsWith("\u2714 Submitted");
    assertThat(driver.findElements(By.cssSelector("#computed-1 .resp"))).hasSize(1);
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isTrue();

    // a new lesion at follow-up 1 (a button, no change event): follow-ups 1 and 2 are open again
    clickButton(1, "+ Add new lesion");

    assertThat(status(0)).startsWith("\u2714 Submitted");
    assertThat(status(1)).isEqualTo("Not submitted yet.");
    assertThat(status(2)).isEqualTo("Not submitted yet.");
    assertThat(driver.findElements(By.cssSelector("#computed-1 .resp"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#computed-2 .resp"))).isEmpty();
    assertThat(text("computed-1")).isEqualTo("Submit the visit to see the computed call.");
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isFalse();
    screenshot("scorecard-lesion-added.png", "visit-1");

    // submitted again (the lesion's site chosen), then a baseline target removed: all reopen
    choose("followUps[0].newLesions[0].site", "BRAIN_NODULE");
    submit(1);
    submit(2);
    assertThat(status(2)).startsWith("\u2714 Submitted");
    click(driver.findElement(By.cssSelector("#visit-0 button[aria-label='Remove target T3']")));
    for (int v = 0; v <= 2; v++) {
      assertThat(status(v)).as("visit %d", v).isEqualTo("Not submitted yet.");
    }
    assertThat(driver.findElements(By.cssSelector(".computed .resp"))).isEmpty();
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isFalse();
    // and removing the new lesion at follow-up 2 after resubmitting reopens follow-up 2 only
    submit(0);
    submit(1);
    clickButton(2, "+ Add new lesion");
    choose("followUps[1].newLesions[0].site", "SPINE_NODULE");
    submit(2);
    assertThat(status(2)).startsWith("\u2714 Submitted");
    click(driver.findElement(By.cssSelector("#visit-2 button[aria-label='Remove new lesion 1']")));
    assertThat(status(1)).startsWith("\u2714 Submitted");
    assertThat(status(2)).isEqualTo("Not submitted yet.");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void failedImport_leavesTheFormAsItWas() throws IOException {
    JsonNode example = read("pr-confirmed.json");
    importCase(example);
    submit(0);

    for (String bad :
        List.of(
            "{\"id\": \"OTHER\", \"instrument\": \"NOPE\","
                + " \"criteria\": {\"imaging\": \"LANO_2019\"}, \"baseline\": {}}",
            "{\"id\": \"OTHER\", \"criteria\": {\"imaging\": \"LANO_2020\"}}",
            "{\"id\": \"OTHER\", \"criteria\": {\"imaging\": \"LANO_2019\"},"
                + " \"followUps\": [{}, 3]}",
            "{\"id\": \"OTHER\", \"baseline\": {\"targets\": 5}}")) {
      setTextArea(bad);
      click(driver.findElement(By.id("import")));
      assertThat(text("io-status")).as(bad).startsWith("Not imported: ").endsWith("unchanged.");
      assertThat(driver.findElement(By.id("case-id")).getDomProperty("value"))
          .isEqualTo("EX-PR-CONFIRMED");
      assertThat(
              new Select(driver.findElement(By.id("imaging")))
                  .getFirstSelectedOption()
                  .getDomAttribute("value"))
          .isEqualTo("RANO_LM_2017");
      assertThat(status(0)).startsWith("\u2714 Submitted");
      setTextArea("");
      click(driver.findElement(By.id("export")));
      assertThat(MAPPER.readTree(textArea())).as(bad).isEqualTo(example);
    }
    setTextArea("{\"instrument\": \"NOPE\"}");
    click(driver.findElement(By.id("import")));
    assertThat(text("io-status")).contains("instrument: unknown instrument \"NOPE\"; allowed: ");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void importedValues_theFormCannotShow_areListedWithTheirPaths() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    ((ObjectNode) example.get("baseline").get("neuro")).put("gait", 7);
    ((ObjectNode) example.get("baseline").get("targets").get(1)).put("site", "LIVER");
    ((ObjectNode) example.get("followUps").get(0)).put("date", "2026-02-30");

    importCase(example);

    List<String> listed =
        driver.findElements(By.cssSelector("#io-status ul.lost li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(listed)
        .containsExactlyInAnyOrder(
            "baseline.neuro.gait: 7 cannot be shown; allowed: 0..3 or NE",
            "baseline.targets[1].site: LIVER cannot be shown; allowed: BRAIN_NODULE, SPINE_NODULE,"
                + " BRAIN_LEPTOMENINGEAL_ENHANCEMENT, SPINE_LEPTOMENINGEAL_ENHANCEMENT,"
                + " CRANIAL_NERVE_ENHANCEMENT, SPINAL_NERVE_ROOT_ENHANCEMENT or HYDROCEPHALUS",
            "followUps[0].date: 2026-02-30 cannot be shown; allowed: a date that exists, as"
                + " YYYY-MM-DD");
    assertThat(text("io-status")).contains("3 values of the case could not be shown");
    // and each is marked beside its field
    WebElement gait = control("baseline.neuro.gait");
    assertThat(gait.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id(gait.getDomAttribute("id") + "-error")).getText())
        .isEqualTo("7 cannot be shown; allowed: 0..3 or NE");
    screenshot("scorecard-import-lost.png", "io-status");

    // a case the form can hold lists nothing
    importCase(read("pr-confirmed.json"));
    assertThat(driver.findElements(By.cssSelector("#io-status ul.lost li"))).isEmpty();
    assertThat(text("io-status")).startsWith("Imported EX-PR-CONFIRMED with 2 follow-up(s).");
    // the first case, as imported, is rejected by the library (its 422 is expected)
    assertThat(consoleErrorsBesides422()).isEmpty();
  }

  @Test
  void importedParts_theFormDoesNotHold_areListed_andTheLibrarysErrorIsShown() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    ObjectNode first = (ObjectNode) example.get("followUps").get(0);
    first.put("foo", 1);
    first.withArray("targets").addObject().put("id", "T9").put("score", 1);
    first.putArray("newLesions").addObject().put("site", "SPINE_NODULE").put("equivocal", "yes");
    CaseRejection rejection = rejection(example);

    importCase(example);

    assertThat(listed())
        .containsExactlyInAnyOrder(
            "followUps[0].foo: 1 cannot be shown: the form has no field for it",
            "followUps[0].targets[3]: {\"id\":\"T9\",\"score\":1} cannot be shown: the baseline"
                + " has no target \"T9\"",
            "followUps[0].newLesions[0].equivocal: \"yes\" is held by the form as false");
    assertThat(text("io-status"))
        .startsWith("Imported EX-PR-CONFIRMED with 2 follow-up(s).")
        .contains("3 values of the case could not be shown")
        .contains(
            "The case as imported is rejected by the library: "
                + rejection.path()
                + ": "
                + rejection.problem());
    // a part with a field is marked beside it; a part without one is listed only
    WebElement equivocal = control("followUps[0].newLesions[0].equivocal");
    assertThat(equivocal.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id(equivocal.getDomAttribute("id") + "-error")).getText())
        .isEqualTo("\"yes\" is held by the form as false");
    assertThat(text("visit-1-error")).isEmpty();
    // T9 is shown in no row: the baseline's T3 keeps its own score, not T9's
    assertThat(
            new Select(control("followUps[0].targets[2].score"))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("0");
    screenshot("scorecard-import-dropped.png", null);
    screenshot("scorecard-import-dropped-status.png", "io-status");
    assertThat(consoleErrorsBesides422()).isEmpty();
  }

  @Test
  void eachImportedPart_theFormDoesNotHold_isListedWithItsPath() throws IOException {
    // one change of a valid case at a time, and the one line the import lists for it
    Map<java.util.function.Consumer<ObjectNode>, String> changes = new java.util.LinkedHashMap<>();
    changes.put(
        c -> c.put("notes", "seen twice"),
        "notes: \"seen twice\" cannot be shown: the form has no field for it");
    changes.put(
        c -> c.put("id", " EX-PR-CONFIRMED"),
        "id: \" EX-PR-CONFIRMED\" is held by the form as \"EX-PR-CONFIRMED\"");
    changes.put(
        c -> ((ObjectNode) c.get("baseline").get("csf")).put("volumeMl", "8"),
        "baseline.csf.volumeMl: \"8\" is held by the form as 8");
    changes.put(
        c -> ((ObjectNode) c.get("baseline")).putNull("steroidMgPerDay"),
        "baseline.steroidMgPerDay: null cannot be shown: the form leaves it out");
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(0)).putObject("csf"),
        "followUps[0].csf: {} cannot be shown: the form leaves it out");
    changes.put(
        c ->
            ((ObjectNode) c.get("baseline").get("neuro"))
                .putObject("gait")
                .put("level", 0)
                .put("attributedTo", "OTHER"),
        "baseline.neuro.gait.attributedTo: \"OTHER\" cannot be shown: the form has no field"
            + " for it");
    changes.put(
        c -> ((ObjectNode) c.get("baseline").get("targets").get(0)).putArray("diametersMm").add(14),
        "baseline.targets[0].diametersMm: [14] is held by the form as [14,null]");
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(1)).put("clinicalDeterioration", "yes"),
        "followUps[1].clinicalDeterioration: \"yes\" cannot be shown: the form leaves it out");
    changes.put(
        c -> ((ObjectNode) c.get("baseline")).put("clinicalDeterioration", false),
        "baseline.clinicalDeterioration: false cannot be shown: the form has no field for it");
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(1)).putObject("lano2019"),
        "followUps[1].lano2019: {} cannot be shown: the form has no field for it");
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(0)).put("raterCall", "PR"),
        "followUps[0].raterCall: \"PR\" is shown as the rater's call, which the case format does"
            + " not carry");
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(1).get("nonTargets").get(0)).put("id", "N9"),
        "followUps[1].nonTargets[0]: {\"id\":\"N9\",\"status\":\"PRESENT\"} cannot be shown: the"
            + " baseline has no non-target \"N9\"");

    // a key that names a member of every JavaScript object
    changes.put(
        c -> ((ObjectNode) c.get("followUps").get(0)).put("constructor", 1),
        "followUps[0].constructor: 1 cannot be shown: the form has no field for it");

    for (Map.Entry<java.util.function.Consumer<ObjectNode>, String> change : changes.entrySet()) {
      ObjectNode c = (ObjectNode) read("pr-confirmed.json");
      change.getKey().accept(c);
      importCase(c);
      assertThat(listed()).as(change.getValue()).containsExactly(change.getValue());
    }
  }

  @Test
  void importedCase_theLibraryRejects_showsItsErrorBesideTheFieldItsPathNames() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    ((ObjectNode) example.get("baseline").get("csf")).put("volumeMl", -5);
    CaseRejection rejection = rejection(example);
    assertThat(rejection.path()).isEqualTo("baseline.csf.volumeMl");

    importCase(example);

    // the form holds -5 as imported: nothing is listed, but the library's error is shown
    assertThat(listed()).isEmpty();
    assertThat(text("io-status"))
        .isEqualTo(
            "Imported EX-PR-CONFIRMED with 2 follow-up(s). Submit each visit to score it.\n"
                + "The case as imported is rejected by the library: baseline.csf.volumeMl: "
                + rejection.problem());
    WebElement volume = control("baseline.csf.volumeMl");
    assertThat(volume.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id(volume.getDomAttribute("id") + "-error")).getText())
        .isEqualTo(rejection.problem());
  }

  @Test
  void importedFollowUpLesion_theLibraryRejects_isMarkedInTheRowOfItsId() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    // follow-up 1's targets in another order: T3 first, with a score out of range
    ArrayNode targets = ((ObjectNode) example.get("followUps").get(0)).withArray("targets");
    JsonNode t3 = targets.remove(2);
    ((ObjectNode) t3).put("score", 4);
    targets.insert(0, t3);
    CaseRejection rejection = rejection(example);
    assertThat(rejection.path()).isEqualTo("followUps[0].targets[0].score");

    importCase(example);

    // 4 is no option of the score (listed), in T3's row, which is the baseline's third
    assertThat(listed())
        .containsExactly("followUps[0].targets[2].score: 4 cannot be shown; allowed: 0..3 or NE");
    assertThat(text("io-status"))
        .contains(
            "The case as imported is rejected by the library: followUps[0].targets[0].score: "
                + rejection.problem());
    assertThat(control("followUps[0].targets[2].score").getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(control("followUps[0].targets[0].score").getDomAttribute("aria-invalid")).isNull();
  }

  @Test
  void validCompleteCases_imported_sayJustImported() throws IOException {
    ObjectNode alike = (ObjectNode) read("pr-confirmed.json");
    // what the comparison holds equal to what the form writes (scorecard.js, importLosses)
    ObjectNode followUp = (ObjectNode) alike.get("followUps").get(0);
    ArrayNode targets = followUp.withArray("targets");
    targets.insert(0, targets.remove(2)); // another order than the baseline's
    ((ObjectNode) followUp.get("neuro")).putObject("gait").put("level", 0);
    followUp.put("clinicalDeterioration", false);
    followUp.putArray("newLesions");
    followUp.put("steroidMgPerDay", 4.0);
    alike.putObject("criteria").put("imaging", "RANO_LM_2017");
    List<JsonNode> cases = new ArrayList<>();
    for (String name :
        List.of(
            "pr-confirmed.json",
            "cr.json",
            "sd.json",
            "ne.json",
            "pd-neuro.json",
            "lano2019.json",
            "instrument-14.json")) {
      cases.add(read(name));
    }
    cases.add(alike);
    cases.add(reversedKeys(alike));

    for (JsonNode c : cases) {
      FORMAT.withInstrument(FOURTEEN).read(c.toString()).assess(); // the library accepts it
      importCase(c);
      assertThat(text("io-status"))
          .as(c.get("id").asText())
          .isEqualTo(
              "Imported "
                  + c.get("id").asText()
                  + " with "
                  + c.get("followUps").size()
                  + " follow-up(s). Submit each visit to score it.");
      assertThat(driver.findElements(By.cssSelector("[aria-invalid]"))).isEmpty();
    }
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void importedCase_theServerCannotBeReached_saysSo() throws IOException {
    ((JavascriptExecutor) driver)
        .executeScript("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");

    importCase(read("pr-confirmed.json"));

    assertThat(text("io-status"))
        .isEqualTo(
            "Imported EX-PR-CONFIRMED with 2 follow-up(s). Submit each visit to score it.\n"
                + "The case as imported could not be checked by the library: the server could"
                + " not be reached (Failed to fetch).");
  }

  /** The same JSON, every object's keys in the reverse order. */
  private static JsonNode reversedKeys(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
      java.util.Collections.reverse(entries);
      ObjectNode copy = MAPPER.createObjectNode();
      entries.forEach(e -> copy.set(e.getKey(), reversedKeys(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(e -> copy.add(reversedKeys(e)));
      return copy;
    }
    return node;
  }

  /** The import's list of what the form could not show. */
  private static List<String> listed() {
    return driver.findElements(By.cssSelector("#io-status ul.lost li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void valueOutOfRange_blocksTheVisit_withTheLibrarysMessageBesideTheField() throws IOException {
    ObjectNode example = (ObjectNode) read("pr-confirmed.json");
    ObjectNode baseline = (ObjectNode) example.get("baseline");
    ((ObjectNode) baseline.get("csf")).put("volumeMl", -5);
    baseline.put("steroidMgPerDay", 4);
    ObjectNode baselineOnly = example.deepCopy();
    baselineOnly.putArray("followUps");
    CaseRejection rejection = rejection(baselineOnly);
    assertThat(rejection.path()).isEqualTo("baseline.csf.volumeMl");

    enterVisit(example, 0);
    submit(0);

    assertThat(status(0)).startsWith("\u2716 Blocked");
    WebElement volume = control("baseline.csf.volumeMl");
    assertThat(volume.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id(volume.getDomAttribute("id") + "-error")).getText())
        .isEqualTo(rejection.problem());
    assertThat(driver.findElement(By.id("add-follow-up")).isEnabled()).isFalse();
  }

  private static CaseRejection rejection(JsonNode c) {
    try {
      FORMAT.read(c.toString()).assess();
    } catch (CaseRejection e) {
      return e;
    }
    throw new AssertionError("the library accepted " + c);
  }

  @Test
  void raterCall_thatDisagrees_isFlagged_andOneThatAgrees_isNot() throws IOException {
    JsonNode example = read("pr-confirmed.json");
    enterCase(example);
    String computed = FORMAT.read(example.toString()).assess().timePoints().get(0).overall().name();
    String other = computed.equals("SD") ? "PR" : "SD";

    choose("followUps[0].raterCall", other);

    WebElement flag = driver.findElement(By.cssSelector("#computed-1 .agreement"));
    assertThat(flag.getDomAttribute("class")).contains("disagree");
    assertThat(flag.getText())
        .isEqualTo(
            "\u26a0 Disagreement: rater "
                + other
                + ", computed "
                + computed
                + ". Check the rules below.");
    screenshot("scorecard-disagreement.png", "visit-1");

    choose("followUps[0].raterCall", computed);

    flag = driver.findElement(By.cssSelector("#computed-1 .agreement"));
    assertThat(flag.getDomAttribute("class")).doesNotContain("disagree");
    assertThat(flag.getText()).startsWith("\u2714 Agrees");
  }

  @Test
  void export_thenImport_roundTrips_theCaseFormat() throws IOException {
    JsonNode example = read("pr-confirmed.json");
    enterCase(example);

    click(driver.findElement(By.id("export")));
    JsonNode exported = MAPPER.readTree(textArea());
    assertThat(exported).isEqualTo(example);

    // another case pasted in (the 2019 scorecard), imported, exported again: the same case
    JsonNode lano = read("lano2019.json");
    setTextArea(lano.toPrettyString());
    click(driver.findElement(By.id("import")));
    assertThat(text("io-status")).startsWith("Imported EX-LANO2019 with");
    assertThat(new Select(driver.findElement(By.id("imaging"))).getFirstSelectedOption().getText())
        .startsWith("Revised LM scorecard 2019");
    assertThat(driver.findElements(By.cssSelector("#visit-1 fieldset.lano"))).hasSize(5);
    screenshot("scorecard-lano2019.png", "visit-1");
    setTextArea("");
    click(driver.findElement(By.id("export")));
    assertThat(MAPPER.readTree(textArea())).isEqualTo(lano);

    // and the first one back from a file: what the form shows is what was exported
    Path file = Files.createDirectories(Path.of("target", "browser")).resolve("exported.json");
    Files.writeString(file, exported.toPrettyString(), StandardCharsets.UTF_8);
    driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
    waitUntil(() -> text("io-status").startsWith("Imported EX-PR-CONFIRMED"));
    setTextArea("");
    click(driver.findElement(By.id("export")));
    assertThat(MAPPER.readTree(textArea())).isEqualTo(example);
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void anotherInstrument_knownToTheServer_bringsItsOwnDomains() throws IOException {
    JsonNode example = read("instrument-14.json");
    setTextArea(example.toString());

    click(driver.findElement(By.id("import")));

    assertThat(
            new Select(driver.findElement(By.id("instrument")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("TEMPLATE-14");
    List<WebElement> domains = driver.findElements(By.cssSelector("#visit-0 .domain select"));
    // each domain's level select, and (at follow-ups only) its attribution: 14 at baseline
    assertThat(domains).hasSize(FOURTEEN.domains().size());
    for (int d = 0; d < FOURTEEN.domains().size(); d++) {
      Domain domain = FOURTEEN.domains().get(d);
      List<String> options =
          new Select(control("baseline.neuro." + domain.key()))
              .getOptions().stream().map(WebElement::getText).toList();
      assertThat(options.subList(1, options.size() - 1))
          .isEqualTo(
              java.util.stream.IntStream.rangeClosed(0, domain.maxLevel())
                  .mapToObj(level -> level + " \u2013 " + domain.meaningOf(level))
                  .toList());
    }
    setTextArea("");
    click(driver.findElement(By.id("export")));
    assertThat(MAPPER.readTree(textArea())).isEqualTo(example);
  }

  private static Instrument fourteen() {
    try {
      return CaseFormat.readInstrument(
          Files.readString(
              Path.of("../examples/instruments/template-14-domains.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void domainChoices_showEachLevelsTextFromTheInstrument() {
    Select gait = new Select(control("baseline.neuro.gait"));
    List<String> options = gait.getOptions().stream().map(WebElement::getText).toList();
    List<String> levels = FORMAT.instruments().get(0).domain("gait").orElseThrow().levels();
    assertThat(options).hasSize(1 + levels.size() + 1); // blank, each level, NE
    for (int level = 0; level < levels.size(); level++) {
      assertThat(options.get(1 + level)).isEqualTo(level + " \u2013 " + levels.get(level));
    }
    // every control of the form has a label bound to it
    Object unlabelled =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label'))"
                    + ".map(c => c.id);");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  // ------------------------------------------------------------------------- entering a case

  /** Enters every visit of a case through the form and submits each, as a clinician would. */
  private static void enterCase(JsonNode c) {
    if (c.has("id")) {
      type(driver.findElement(By.id("case-id")), c.get("id").asText());
    }
    int followUps = c.get("followUps").size();
    for (int v = 0; v <= followUps; v++) {
      if (v > 0) {
        addFollowUp();
      }
      enterVisit(c, v);
      submit(v);
      assertThat(status(v)).as("visit %d", v).startsWith("\u2714 Submitted");
    }
  }

  private static void enterVisit(JsonNode c, int v) {
    JsonNode visit = v == 0 ? c.get("baseline") : c.get("followUps").get(v - 1);
    String prefix = v == 0 ? "baseline" : "followUps[" + (v - 1) + "]";
    setDate(prefix + ".date", visit.get("date").asText());
    for (Map.Entry<String, JsonNode> domain : visit.get("neuro").properties()) {
      JsonNode value = domain.getValue();
      String path = prefix + ".neuro." + domain.getKey();
      choose(path, value.isObject() ? value.get("level").asText() : value.asText());
      if (value.isObject() && value.has("attributedTo")) {
        choose(path + ".attributedTo", value.get("attributedTo").asText());
      }
    }
    if (visit.has("csf")) {
      choose(prefix + ".csf.result", visit.get("csf").get("result").asText());
      if (visit.get("csf").has("volumeMl")) {
        type(control(prefix + ".csf.volumeMl"), visit.get("csf").get("volumeMl").asText());
      }
    }
    JsonNode targets = visit.path("targets");
    for (int k = 0; k < targets.size(); k++) {
      String path = prefix + ".targets[" + k + "]";
      if (v == 0) {
        if (driver.findElements(By.id(idOf(path + ".id"))).isEmpty()) {
          clickButton(0, "+ Add target");
        }
        type(control(path + ".id"), targets.get(k).get("id").asText());
        choose(path + ".site", targets.get(k).get("site").asText());
      }
      choose(path + ".score", targets.get(k).get("score").asText());
      JsonNode d = targets.get(k).path("diametersMm");
      if (d.size() == 2) {
        type(control(path + ".diametersMm[0]"), d.get(0).asText());
        type(control(path + ".diametersMm[1]"), d.get(1).asText());
      }
    }
    JsonNode nonTargets = visit.path("nonTargets");
    for (int k = 0; k < nonTargets.size(); k++) {
      String path = prefix + ".nonTargets[" + k + "]";
      if (v == 0) {
        clickButton(0, "+ Add non-target");
        type(control(path + ".id"), nonTargets.get(k).get("id").asText());
        choose(path + ".site", nonTargets.get(k).get("site").asText());
      }
      choose(path + ".status", nonTargets.get(k).get("status").asText());
    }
    JsonNode fresh = visit.path("newLesions");
    for (int k = 0; k < fresh.size(); k++) {
      String path = prefix + ".newLesions[" + k + "]";
      clickButton(v, "+ Add new lesion");
      choose(path + ".site", fresh.get(k).get("site").asText());
      if (fresh.get(k).path("equivocal").asBoolean()) {
        click(control(path + ".equivocal"));
      }
    }
    if (visit.has("steroidMgPerDay")) {
      type(control(prefix + ".steroidMgPerDay"), visit.get("steroidMgPerDay").asText());
    }
    JsonNode parenchymal = visit.path("parenchymal");
    for (String part : List.of("brain", "spine")) {
      if (parenchymal.has(part)) {
        choose(prefix + ".parenchymal." + part, parenchymal.get(part).asText());
      }
    }
  }

  // --------------------------------------------------------------------------------- helpers

  /** The id the page gives the control of a case path (scorecard.js, idOf). */
  private static String idOf(String path) {
    return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-");
  }

  private static WebElement control(String path) {
    return driver.findElement(By.id(idOf(path)));
  }

  private static void choose(String path, String value) {
    WebElement select = control(path);
    scrollTo(select);
    new Select(select).selectByValue(value);
  }

  private static void type(WebElement input, String text) {
    scrollTo(input);
    input.clear();
    input.sendKeys(text);
  }

  /** A date input's text depends on the browser's locale; its value is always YYYY-MM-DD. */
  private static void setDate(String path, String date) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            control(path),
            date);
  }

  private static void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private static void clickButton(int visit, String text) {
    click(
        driver.findElement(
            By.xpath(
                "//section[@id='visit-" + visit + "']//button[normalize-space()='" + text + "']")));
  }

  private static void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Imports a case through the text box, as a user pasting it would. */
  private static void importCase(JsonNode c) {
    setTextArea(c.toPrettyString());
    click(driver.findElement(By.id("import")));
    // and the library's check of the case as imported is in
    waitUntil(
        () ->
            text("io-status").startsWith("Not")
                || (text("io-status").startsWith("Imported")
                    && "done"
                        .equals(
                            driver.findElement(By.id("io-status")).getDomAttribute("data-check"))));
  }

  private static void addFollowUp() {
    click(driver.findElement(By.id("add-follow-up")));
  }

  /** Submits a visit and waits for the server's answer to be shown. */
  private static void submit(int v) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.getElementById('visit-' + arguments[0] + '-status')" + ".textContent = '';",
            v);
    click(driver.findElement(By.id("submit-" + v)));
    waitUntil(() -> status(v).startsWith("\u2714") || status(v).startsWith("\u2716"));
    if (status(v).startsWith("\u2714") && v > 0) {
      waitUntil(() -> !driver.findElements(By.cssSelector("#charts figure, #charts p")).isEmpty());
    }
  }

  private static String status(int v) {
    return driver.findElement(By.id("visit-" + v + "-status")).getText();
  }

  private static String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static String textArea() {
    return String.valueOf(driver.findElement(By.id("case-json")).getDomProperty("value"));
  }

  private static void setTextArea(String text) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('case-json').value = arguments[0];", text);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
  }

  private static JsonNode read(String name) throws IOException {
    return MAPPER.readTree(RanoServerTest.CASES.resolve(name).toFile());
  }

  /**
   * The console's errors, less the browser's own line for the library's 422 (which a test of a
   * rejected case expects: "Failed to load resource: the server responded with a status of 422").
   */
  private static List<LogEntry> consoleErrorsBesides422() {
    return consoleErrors().stream()
        .filter(
            e ->
                !e.getMessage()
                    .contains(
                        "/v1/score - Failed to load resource: the server"
                            + " responded with a status of 422"))
        .toList();
  }

  private static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  /** Saves the whole page (or one element of it) under target/, the window made tall enough. */
  private static void screenshot(String name, @Nullable String elementId) throws IOException {
    Dimension before = driver.manage().window().getSize();
    Object tall =
        elementId == null
            ? ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;")
            : (long) driver.findElement(By.id(elementId)).getSize().getHeight();
    int height = (int) Math.min(((Number) Objects.requireNonNull(tall)).longValue() + 200, 8000);
    driver.manage().window().setSize(new Dimension(before.getWidth(), Math.max(height, 600)));
    try {
      Path png = Path.of("target", name);
      File shot;
      if (elementId == null) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        shot = driver.getScreenshotAs(OutputType.FILE);
      } else {
        WebElement element = driver.findElement(By.id(elementId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
        shot = element.getScreenshotAs(OutputType.FILE);
      }
      Files.copy(shot.toPath(), png, StandardCopyOption.REPLACE_EXISTING);
      assertThat(Files.size(png)).isGreaterThan(10_000);
    } finally {
      driver.manage().window().setSize(before);
    }
  }
}
