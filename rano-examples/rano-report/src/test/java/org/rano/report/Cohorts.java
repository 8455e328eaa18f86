package org.rano.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rano.CaseAssessment;
import org.rano.json.CaseFormat;
import org.rano.json.CaseRejection;

/** The tests' cohorts: the example cohort of the repository, and cases read from NDJSON text. */
final class Cohorts {
  private Cohorts() {}

  /** The example cohort, rano-examples/examples/cases/cohort.ndjson, copied as a test resource. */
  static String exampleCohortText() {
    try (InputStream in = Cohorts.class.getResourceAsStream("cohort.ndjson")) {
      if (in == null) {
        throw new IllegalStateException("test resource cohort.ndjson is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases of NDJSON text, assessed; a rejected line is added as a rejection. */
  static CohortReport.Builder read(String ndjson) {
    CohortReport.Builder builder = CohortReport.builder();
    int line = 0;
    for (String text : ndjson.lines().toList()) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      try {
        builder.add(CaseFormat.withDefaults().read(text).assess());
      } catch (CaseRejection e) {
        builder.reject(
            new CohortReport.Rejection(
                "line " + line, e.caseId().orElse(null), e.path(), e.problem()));
      }
    }
    return builder;
  }

  /** The assessments of NDJSON text (every line must be valid). */
  static List<CaseAssessment> assess(String ndjson) {
    List<CaseAssessment> cases = new ArrayList<>();
    for (String text : ndjson.lines().toList()) {
      if (!text.isBlank()) {
        cases.add(CaseFormat.withDefaults().read(text).assess());
      }
    }
    return cases;
  }
}
