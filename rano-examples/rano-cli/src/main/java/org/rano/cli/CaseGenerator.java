package org.rano.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.rano.imaging.Imaging;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.Lano;

/**
 * Generates plausible cases of raw assessments in the case format, one JSON line each, for
 * measurement and testing ({@code rano generate}). Each case has a baseline with disease (one to
 * five target lesions scored 1-3, sometimes a normal MRI, non-targets, positive or negative CSF
 * with a volume, steroids) and follow-ups 3 to 8 weeks apart along a course that improves,
 * progresses or stays stable, with components sometimes not done, domains and targets sometimes not
 * evaluable, and new lesions. A chosen fraction of cases is made invalid, each in one of several
 * ways ({@link Defect}).
 *
 * <p>The output depends only on the seed and the parameters: every case draws from its own {@link
 * SplittableRandom}, split in turn from the seed's, and nothing reads the clock. Memory does not
 * grow with the number of cases. Not thread-safe.
 */
final class CaseGenerator {

  /** The ways a generated case is made invalid, each certain to be rejected by the reader. */
  enum Defect {
    /** A neurological level above the domain's highest. */
    LEVEL_OUT_OF_RANGE(false),
    /** A neurological level with a fraction ({@code 1.5}). */
    FRACTIONAL_LEVEL(false),
    /** An exam that leaves out a domain. */
    MISSING_DOMAIN(false),
    /** Six target lesions at baseline (IMG-1 allows five). */
    SIX_TARGETS(false),
    /** A baseline target scored 0 (baseline scores are 1-3). */
    BASELINE_SCORE_ZERO(false),
    /** A field the format does not know. */
    UNKNOWN_FIELD(false),
    /** An enum word misspelt ({@code POSITVE}). */
    UNKNOWN_WORD(false),
    /** A negative steroid dose. */
    NEGATIVE_STEROIDS(false),
    /** A key given twice in one object. */
    DUPLICATE_KEY(false),
    /** A line cut short: not JSON. */
    NOT_JSON(false),
    /** A follow-up on the same day as, or before, the visit before it (TIME-1). */
    DATES_OUT_OF_ORDER(true),
    /** A follow-up target that is not a baseline target. */
    UNKNOWN_TARGET(true);

    private final boolean needsFollowUp;

    Defect(boolean needsFollowUp) {
      this.needsFollowUp = needsFollowUp;
    }
  }

  /** The course of the disease over the follow-ups. */
  private enum Course {
    IMPROVING,
    STABLE,
    PROGRESSING
  }

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final List<Domain> DOMAINS = Lano.INSTRUMENT.domains();
  private static final Site[] SITES = Site.values();
  private static final Attribution[] CAUSES = Attribution.values();
  private static final ParenchymalStatus[] PARENCHYMAL = ParenchymalStatus.values();
  private static final LocalDate FIRST_BASELINE = LocalDate.of(2020, 1, 6);
  private static final BigDecimal[] DOSES = {
    BigDecimal.ZERO,
    BigDecimal.ONE,
    new BigDecimal("1.5"),
    BigDecimal.valueOf(2),
    BigDecimal.valueOf(4),
    BigDecimal.valueOf(8),
    BigDecimal.valueOf(16)
  };
  private static final String[] NE_NOTES = {
    "patient sedated", "aphasia", "hearing aid lost", "examiner unavailable"
  };

  /** The overall responses a reader may call, by name. */
  private static final String[] CALLS = {"CR", "PR", "SD", "PD", "NE"};

  private static final String[] CSF_RESULTS = {"POSITIVE", "EQUIVOCAL", "NEGATIVE"};

  private final SplittableRandom cases;
  private final int visits;
  private final double invalidFraction;
  private final int readers;
  private final double disagreement;
  private long count;

  /**
   * Obtains a generator.
   *
   * @param seed the seed: the same seed and parameters give the same cases
   * @param visits the follow-ups per case, 0 or more
   * @param invalidFraction the share of cases made invalid, 0 to 1
   */
  CaseGenerator(long seed, int visits, double invalidFraction) {
    this(seed, visits, invalidFraction, 0, 0);
  }

  /**
   * Obtains a generator of an agreement study: each patient rated by {@code readers} readers.
   *
   * <p>Each reader's rating is the patient's case (drawn once, as without readers) with a {@code
   * "reader"} field ({@code R1}, {@code R2}, ...), in which each rated value (a neurological level,
   * a CSF result, a target score, a non-target status) is changed with probability {@code
   * disagreement} to a neighbouring valid value, and each follow-up carries the reader's own call,
   * {@code "reportedOverall"}: the library's overall response for that rating, except with
   * probability 0.1 + disagreement / 2 another response (and left out at one follow-up in twenty).
   * The perturbations and calls draw from random streams of their own, so the patients are the same
   * whatever the readers and the disagreement.
   *
   * @param seed the seed
   * @param visits the follow-ups per case, 0 or more
   * @param invalidFraction the share of cases made invalid, 0 to 1; 0 when readers is not 0
   * @param readers the readers per patient, 0 for plain cases
   * @param disagreement the probability that a reader changes a rated value, 0 to 1
   */
  CaseGenerator(long seed, int visits, double invalidFraction, int readers, double disagreement) {
    assert visits >= 0 && invalidFraction >= 0 && invalidFraction <= 1 : "bug: checked by caller";
    assert readers >= 0 && disagreement >= 0 && disagreement <= 1 : "bug: checked by caller";
    assert readers == 0 || invalidFraction == 0 : "bug: checked by caller";
    this.cases = new SplittableRandom(seed);
    this.visits = visits;
    this.invalidFraction = invalidFraction;
    this.readers = readers;
    this.disagreement = disagreement;
  }

  /**
   * Generates the next case.
   *
   * @return the case as one line of JSON, without a line break, not null
   */
  String next() {
    count++;
    if (readers > 0) {
      return nextRatings();
    }
    SplittableRandom random = cases.split();
    @Nullable Defect defect = random.nextDouble() < invalidFraction ? pickDefect(random) : null;
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      new Patient(random, defect, visits).write(json, "GEN-" + count);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    String line = text.toString();
    if (defect == Defect.NOT_JSON) {
      return line.substring(0, 1 + random.nextInt(line.length() - 1));
    }
    return line;
  }

  /** The readers' ratings of the next patient, one line each. */
  private String nextRatings() {
    SplittableRandom streams = cases.split();
    long patientSeed = streams.nextLong();
    SplittableRandom noises = streams.split();
    SplittableRandom callers = streams.split();
    StringBuilder lines = new StringBuilder();
    for (int r = 1; r <= readers; r++) {
      long noiseSeed = noises.nextLong();
      String reader = "R" + r;
      String id = "GEN-" + count;
      String plain = rating(patientSeed, noiseSeed, id, reader, null);
      List<String> derived = derivedCalls(plain);
      List<@Nullable String> calls = new java.util.ArrayList<>();
      for (String call : derived) {
        int roll = callers.nextInt(1000);
        if (roll < 50) {
          calls.add(null);
        } else if (callers.nextDouble() < 0.1 + disagreement / 2) {
          String other = CALLS[callers.nextInt(CALLS.length)];
          while (other.equals(call)) {
            other = CALLS[callers.nextInt(CALLS.length)];
          }
          calls.add(other);
        } else {
          calls.add(call);
        }
      }
      lines.append(r > 1 ? "\n" : "").append(rating(patientSeed, noiseSeed, id, reader, calls));
    }
    return lines.toString();
  }

  private String rating(
      long patientSeed,
      long noiseSeed,
      String id,
      String reader,
      @Nullable List<@Nullable String> calls) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      Patient patient = new Patient(new SplittableRandom(patientSeed), null, visits);
      patient.rater(reader, new SplittableRandom(noiseSeed), disagreement, calls);
      patient.write(json, id);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return text.toString();
  }

  /** The library's overall response at each follow-up of a generated rating, by name. */
  private static List<String> derivedCalls(String rating) {
    try {
      return org.rano.json.CaseFormat.withDefaults().read(rating).assess().timePoints().stream()
          .map(point -> point.overall().name())
          .toList();
    } catch (RuntimeException e) {
      throw new IllegalStateException("bug: a generated rating is invalid: " + e, e);
    }
  }

  private Defect pickDefect(SplittableRandom random) {
    Defect[] all = Defect.values();
    while (true) {
      Defect defect = all[random.nextInt(all.length)];
      if (visits > 0 || !defect.needsFollowUp) {
        return defect;
      }
    }
  }

  /** One patient: the disease at baseline, changed visit by visit, written as it goes. */
  private static final class Patient {
    private final SplittableRandom random;
    private final @Nullable Defect defect;
    private final int visits;
    private final Course course;
    private LocalDate date;

    private final int @Nullable [] neuro;
    private final boolean csfDone;
    private final boolean csfPositive;
    private final boolean imagingDone;
    private final Site[] sites;
    private final int[] scores;
    private final int[] baselineScores;
    private final int[] longMm;
    private final int[] shortMm;
    private final Site[] nonTargetSites;
    private final NonTargetStatus[] nonTargets;
    private int doseIndex;
    private final boolean steroids;
    private final boolean parenchymal;
    private @Nullable String reader;
    private @Nullable SplittableRandom noise;
    private double disagreement;
    private @Nullable List<@Nullable String> calls;
    private int followUp;

    Patient(SplittableRandom random, @Nullable Defect defect, int visits) {
      this.random = random;
      this.defect = defect;
      this.visits = visits;
      int roll = random.nextInt(100);
      this.course = roll < 35 ? Course.IMPROVING : roll < 70 ? Course.STABLE : Course.PROGRESSING;
      this.date = FIRST_BASELINE.plusDays(random.nextInt(5 * 365));

      boolean neuroDone =
          chance(95)
              || is(Defect.LEVEL_OUT_OF_RANGE)
              || is(Defect.FRACTIONAL_LEVEL)
              || is(Defect.MISSING_DOMAIN);
      this.neuro = neuroDone ? baselineExam() : null;
      this.csfDone = chance(92) || is(Defect.UNKNOWN_WORD);
      this.csfPositive = chance(60);
      boolean needsTargets =
          is(Defect.SIX_TARGETS) || is(Defect.BASELINE_SCORE_ZERO) || is(Defect.UNKNOWN_TARGET);
      this.imagingDone = chance(97) || needsTargets;
      int targets;
      if (is(Defect.SIX_TARGETS)) {
        targets = Imaging.MAX_TARGETS + 1;
      } else if (!imagingDone || (!needsTargets && chance(8))) {
        targets = 0; // a normal MRI, or no imaging
      } else {
        targets = 1 + random.nextInt(Imaging.MAX_TARGETS);
      }
      this.sites = new Site[targets];
      this.scores = new int[targets];
      this.longMm = new int[targets];
      this.shortMm = new int[targets];
      for (int t = 0; t < targets; t++) {
        sites[t] = SITES[random.nextInt(SITES.length)];
        scores[t] = 1 + random.nextInt(3);
        if (sites[t].isNodule() && chance(70)) {
          longMm[t] = 6 + random.nextInt(20);
          shortMm[t] = 4 + random.nextInt(longMm[t] - 3);
        }
      }
      this.baselineScores = scores.clone();
      int nonTargetCount = imagingDone ? random.nextInt(3) : 0;
      this.nonTargetSites = new Site[nonTargetCount];
      this.nonTargets = new NonTargetStatus[nonTargetCount];
      for (int n = 0; n < nonTargetCount; n++) {
        nonTargetSites[n] = SITES[random.nextInt(SITES.length)];
        nonTargets[n] = chance(90) ? NonTargetStatus.PRESENT : NonTargetStatus.NE;
      }
      this.steroids = chance(55) || is(Defect.NEGATIVE_STEROIDS);
      this.doseIndex = 2 + random.nextInt(DOSES.length - 2);
      this.parenchymal = chance(5);
    }

    private int[] baselineExam() {
      int[] levels = new int[DOMAINS.size()];
      for (int d = 0; d < levels.length; d++) {
        int roll = random.nextInt(100);
        levels[d] = roll < 70 ? 0 : roll < 92 ? 1 : Math.min(2, DOMAINS.get(d).maxLevel());
      }
      return levels;
    }

    /** Makes this patient one reader's rating (see the generator's readers constructor). */
    void rater(
        String name,
        SplittableRandom noise,
        double disagreement,
        @Nullable List<@Nullable String> calls) {
      this.reader = name;
      this.noise = noise;
      this.disagreement = disagreement;
      this.calls = calls;
    }

    /** Whether this reader changes the next rated value. */
    private boolean perturbs() {
      SplittableRandom n = noise;
      return n != null && n.nextDouble() < disagreement;
    }

    /** A rated number as this reader gives it: now and then a neighbouring value in range. */
    private int rated(int value, int min, int max) {
      SplittableRandom n = noise;
      if (n == null || max <= min || !perturbs()) {
        return value;
      }
      if (value <= min) {
        return value + 1;
      }
      if (value >= max) {
        return value - 1;
      }
      return value + (n.nextBoolean() ? 1 : -1);
    }

    /** A rated word as this reader gives it: now and then another of the choices. */
    private String rated(String value, String[] choices) {
      SplittableRandom n = noise;
      if (n == null || !perturbs()) {
        return value;
      }
      String other = choices[n.nextInt(choices.length)];
      while (other.equals(value)) {
        other = choices[n.nextInt(choices.length)];
      }
      return other;
    }

    void write(JsonGenerator json, String id) throws IOException {
      json.writeStartObject();
      json.writeStringField("id", id);
      if (reader != null) {
        json.writeStringField("reader", reader);
      }
      if (chance(3)) {
        json.writeObjectFieldStart("criteria");
        json.writeNumberField("confirmationDays", 21 + 7 * random.nextInt(3));
        json.writeEndObject();
      }
      json.writeFieldName("baseline");
      writeBaseline(json);
      int badVisit = visits == 0 ? -1 : random.nextInt(visits);
      json.writeArrayFieldStart("followUps");
      for (int k = 0; k < visits; k++) {
        writeFollowUp(json, k == badVisit);
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void writeBaseline(JsonGenerator json) throws IOException {
      json.writeStartObject();
      json.writeStringField("date", date.toString());
      if (is(Defect.DUPLICATE_KEY)) {
        json.writeStringField("date", date.toString());
      }
      int[] levels = neuro;
      if (levels != null) {
        json.writeObjectFieldStart("neuro");
        int bad = random.nextInt(DOMAINS.size());
        for (int d = 0; d < DOMAINS.size(); d++) {
          Domain domain = DOMAINS.get(d);
          if (d == bad && is(Defect.MISSING_DOMAIN)) {
            continue;
          }
          json.writeFieldName(domain.key());
          if (d == bad && is(Defect.LEVEL_OUT_OF_RANGE)) {
            json.writeNumber(domain.maxLevel() + 1 + random.nextInt(3));
          } else if (d == bad && is(Defect.FRACTIONAL_LEVEL)) {
            json.writeNumber(new BigDecimal("1.5"));
          } else {
            json.writeNumber(rated(levels[d], 0, domain.maxLevel()));
          }
        }
        json.writeEndObject();
      }
      if (csfDone) {
        json.writeObjectFieldStart("csf");
        json.writeStringField(
            "result",
            is(Defect.UNKNOWN_WORD)
                ? "POSITVE"
                : rated(csfPositive ? "POSITIVE" : "NEGATIVE", CSF_RESULTS));
        json.writeNumberField("volumeMl", 5 + random.nextInt(11));
        json.writeEndObject();
      }
      if (imagingDone) {
        json.writeArrayFieldStart("targets");
        for (int t = 0; t < scores.length; t++) {
          json.writeStartObject();
          json.writeStringField("id", "T" + (t + 1));
          json.writeStringField("site", sites[t].name());
          int score = rated(scores[t], 1, 3);
          json.writeNumberField("score", t == 0 && is(Defect.BASELINE_SCORE_ZERO) ? 0 : score);
          if (score == scores[t]) {
            writeDiameters(json, t);
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("nonTargets");
        for (int n = 0; n < nonTargets.length; n++) {
          json.writeStartObject();
          json.writeStringField("id", "N" + (n + 1));
          json.writeStringField("site", nonTargetSites[n].name());
          json.writeStringField("status", nonTargets[n].name());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (steroids) {
        json.writeFieldName("steroidMgPerDay");
        json.writeNumber(
            is(Defect.NEGATIVE_STEROIDS) ? DOSES[doseIndex].negate() : DOSES[doseIndex]);
      }
      writeParenchymal(json);
      if (is(Defect.UNKNOWN_FIELD)) {
        json.writeStringField("comment", "generated");
      }
      json.writeEndObject();
    }

    private void writeFollowUp(JsonGenerator json, boolean bad) throws IOException {
      LocalDate previous = date;
      date = date.plusDays(21 + random.nextInt(36));
      json.writeStartObject();
      json.writeStringField(
          "date",
          bad && is(Defect.DATES_OUT_OF_ORDER)
              ? previous.minusDays(random.nextInt(8)).toString()
              : date.toString());
      int[] levels = neuro;
      if (levels != null && chance(93)) {
        writeFollowUpExam(json, levels);
      }
      if (csfDone && chance(80)) {
        writeFollowUpCsf(json);
      }
      if (imagingDone && (chance(90) || (bad && is(Defect.UNKNOWN_TARGET)))) {
        writeFollowUpImaging(json, bad && is(Defect.UNKNOWN_TARGET));
      }
      if (steroids && chance(90)) {
        if (course == Course.PROGRESSING && chance(30)) {
          doseIndex = Math.min(DOSES.length - 1, doseIndex + 1);
        } else if (course == Course.IMPROVING && chance(30)) {
          doseIndex = Math.max(0, doseIndex - 1);
        }
        json.writeFieldName("steroidMgPerDay");
        json.writeNumber(DOSES[doseIndex]);
      }
      writeParenchymal(json);
      List<@Nullable String> given = calls;
      if (given != null) {
        String call = given.get(followUp);
        if (call != null) {
          json.writeStringField("reportedOverall", call);
        }
      }
      followUp++;
      json.writeEndObject();
    }

    /** An exam that moves with the course from the previous one, {@code levels}. */
    private void writeFollowUpExam(JsonGenerator json, int[] levels) throws IOException {
      if (course == Course.PROGRESSING && chance(40)) {
        int d = random.nextInt(levels.length);
        levels[d] = Math.min(DOMAINS.get(d).maxLevel(), levels[d] + 1 + random.nextInt(2));
      } else if (course == Course.IMPROVING && chance(30)) {
        int d = random.nextInt(levels.length);
        levels[d] = Math.max(0, levels[d] - 1);
      }
      int notEvaluable = chance(6) ? random.nextInt(levels.length) : -1;
      int attributed = chance(4) ? random.nextInt(levels.length) : -1;
      json.writeObjectFieldStart("neuro");
      for (int d = 0; d < levels.length; d++) {
        Domain domain = DOMAINS.get(d);
        json.writeFieldName(domain.key());
        if (d == notEvaluable) {
          if (chance(50)) {
            json.writeString("NE");
          } else {
            json.writeStartObject();
            json.writeStringField("level", "NE");
            json.writeStringField("note", NE_NOTES[random.nextInt(NE_NOTES.length)]);
            json.writeEndObject();
          }
        } else if (d == attributed && levels[d] < domain.maxLevel()) {
          json.writeStartObject();
          json.writeNumberField("level", levels[d] + 1);
          json.writeStringField("attributedTo", CAUSES[random.nextInt(CAUSES.length)].name());
          json.writeEndObject();
        } else {
          json.writeNumber(rated(levels[d], 0, domain.maxLevel()));
        }
      }
      json.writeEndObject();
    }

    private void writeFollowUpCsf(JsonGenerator json) throws IOException {
      String result;
      int roll = random.nextInt(100);
      if (roll < 3) {
        result = "NOT_DONE";
      } else if (csfPositive) {
        int clears = course == Course.IMPROVING ? 60 : course == Course.STABLE ? 20 : 5;
        result = roll < clears ? "NEGATIVE" : roll < clears + 10 ? "EQUIVOCAL" : "POSITIVE";
      } else {
        int converts = course == Course.PROGRESSING ? 25 : 3;
        result = roll < converts ? "POSITIVE" : roll < converts + 5 ? "EQUIVOCAL" : "NEGATIVE";
      }
      json.writeObjectFieldStart("csf");
      json.writeStringField(
          "result", result.equals("NOT_DONE") ? result : rated(result, CSF_RESULTS));
      if (chance(75)) {
        json.writeNumberField("volumeMl", 2 + random.nextInt(14));
      }
      json.writeEndObject();
    }

    private void writeFollowUpImaging(JsonGenerator json, boolean unknownTarget)
        throws IOException {
      json.writeArrayFieldStart("targets");
      for (int t = 0; t < scores.length; t++) {
        int step =
            switch (course) {
              case IMPROVING -> chance(40) ? -1 : 0;
              case PROGRESSING -> chance(35) ? 1 : 0;
              case STABLE -> chance(10) ? (chance(50) ? 1 : -1) : 0;
            };
        scores[t] = Math.max(0, Math.min(3, scores[t] + step));
        json.writeStartObject();
        json.writeStringField("id", unknownTarget && t == 0 ? "X1" : "T" + (t + 1));
        if (chance(10)) {
          json.writeStringField("site", sites[t].name());
        }
        if (chance(3)) {
          json.writeStringField("score", "NE");
        } else {
          int score = rated(scores[t], 0, 3);
          json.writeNumberField("score", score);
          if (scores[t] > 0 && score == scores[t]) {
            writeDiameters(json, t);
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("nonTargets");
      for (int n = 0; n < nonTargets.length; n++) {
        if (course == Course.IMPROVING && chance(30)) {
          nonTargets[n] = NonTargetStatus.ABSENT;
        } else if (course == Course.PROGRESSING && chance(10)) {
          nonTargets[n] = NonTargetStatus.UNEQUIVOCAL_PROGRESSION;
        } else if (nonTargets[n] == NonTargetStatus.NE) {
          nonTargets[n] = NonTargetStatus.PRESENT;
        }
        json.writeStartObject();
        json.writeStringField("id", "N" + (n + 1));
        json.writeStringField(
            "status",
            rated(
                nonTargets[n].name(),
                new String[] {"ABSENT", "PRESENT", "UNEQUIVOCAL_PROGRESSION"}));
        json.writeEndObject();
      }
      json.writeEndArray();
      if (chance(course == Course.PROGRESSING ? 20 : 2)) {
        json.writeArrayFieldStart("newLesions");
        json.writeStartObject();
        json.writeStringField("site", SITES[random.nextInt(SITES.length)].name());
        json.writeBooleanField("equivocal", course != Course.PROGRESSING || chance(40));
        json.writeEndObject();
        json.writeEndArray();
      }
    }

    /** Diameters of a nodule measured at baseline, scaled with its score. */
    private void writeDiameters(JsonGenerator json, int t) throws IOException {
      if (longMm[t] == 0) {
        return;
      }
      int scaledLong = Math.max(2, longMm[t] * scores[t] / baselineScores[t]);
      int scaledShort =
          Math.max(1, Math.min(scaledLong, shortMm[t] * scores[t] / baselineScores[t]));
      json.writeArrayFieldStart("diametersMm");
      json.writeNumber(scaledLong);
      json.writeNumber(scaledShort);
      json.writeEndArray();
    }

    private void writeParenchymal(JsonGenerator json) throws IOException {
      if (!parenchymal) {
        return;
      }
      json.writeObjectFieldStart("parenchymal");
      json.writeStringField("brain", PARENCHYMAL[random.nextInt(PARENCHYMAL.length)].name());
      json.writeEndObject();
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    private boolean is(Defect kind) {
      return defect == kind;
    }
  }
}
