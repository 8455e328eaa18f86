package org.rano.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built cases in the case format, one JSON line each. */
final class Fixtures {
  private Fixtures() {}

  private static final String NORMAL_NEURO =
      "{\"gait\":0,\"strength\":0,\"sensation\":0,\"vision\":0,\"eyeMovements\":0,"
          + "\"facialStrength\":0,\"hearing\":0,\"swallowing\":0,\"levelOfConsciousness\":0,"
          + "\"behaviour\":0}";

  /**
   * A case of raw assessments with one target lesion: its score at baseline and at each follow-up
   * (28 days apart), a normal exam and negative cytology throughout.
   */
  static String raw(String id, int baselineScore, int... followUpScores) {
    LocalDate date = LocalDate.of(2026, 1, 5);
    StringBuilder json = new StringBuilder();
    json.append("{\"id\":\"")
        .append(id.replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\",\"baseline\":")
        .append(visit(date, baselineScore, true));
    json.append(",\"followUps\":[");
    List<String> visits = new ArrayList<>();
    for (int i = 0; i < followUpScores.length; i++) {
      visits.add(visit(date.plusDays(28L * (i + 1)), followUpScores[i], false));
    }
    json.append(String.join(",", visits)).append("]}");
    return json.toString();
  }

  private static String visit(LocalDate date, int score, boolean baseline) {
    return "{\"date\":\""
        + date
        + "\",\"neuro\":"
        + NORMAL_NEURO
        + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":10},\"targets\":[{\"id\":\"T1\""
        + (baseline ? ",\"site\":\"BRAIN_LEPTOMENINGEAL_ENHANCEMENT\"" : "")
        + ",\"score\":"
        + score
        + "}]}";
  }

  /** A sequence of responses 28 days apart from 2026-01-10. */
  static String sequence(String id, String... responses) {
    LocalDate date = LocalDate.of(2026, 1, 10);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < responses.length; i++) {
      items.add(
          "{\"date\":\""
              + date.plusDays(28L * (i + 1))
              + "\",\"response\":\""
              + responses[i]
              + "\"}");
    }
    return "{\"id\":\""
        + id
        + "\",\"referenceDate\":\""
        + date
        + "\",\"responses\":["
        + String.join(",", items)
        + "]}";
  }

  /** Lines joined as NDJSON. */
  static String ndjson(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
