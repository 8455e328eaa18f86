package org.rano.bench;

/**
 * The case the benchmarks score: six follow-ups of a patient with five target lesions (two of them
 * measured nodules), a non-target, positive baseline cytology and steroids, whose course passes
 * through a partial response, a visit that is not evaluable, an inadequate CSF sample, an equivocal
 * new lesion, a worsening attributed to treatment, and ends in progression. Every component rule
 * family fires somewhere, so the reasons of all kinds are built.
 */
final class BenchCase {
  private BenchCase() {}

  private static final String NORMAL =
      "\"strength\":0,\"sensation\":0,\"vision\":0,"
          + "\"eyeMovements\":0,\"facialStrength\":0,\"swallowing\":0,\"levelOfConsciousness\":0";

  /** The case as one line of JSON, as {@code rano score --ndjson} reads it. */
  static final String JSON =
      "{\"id\":\"BENCH-6x5\",\"baseline\":{\"date\":\"2026-01-05\","
          + neuro(1, "1", "0")
          + ",\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":10},"
          + "\"targets\":["
          + "{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":3,\"diametersMm\":[14,8]},"
          + "{\"id\":\"T2\",\"site\":\"SPINE_NODULE\",\"score\":2,\"diametersMm\":[11,6]},"
          + "{\"id\":\"T3\",\"site\":\"BRAIN_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2},"
          + "{\"id\":\"T4\",\"site\":\"SPINE_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2},"
          + "{\"id\":\"T5\",\"site\":\"CRANIAL_NERVE_ENHANCEMENT\",\"score\":1}],"
          + "\"nonTargets\":[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"PRESENT\"}],"
          + "\"steroidMgPerDay\":4},\"followUps\":["
          // PR: composite 10 -> 5, cytology cleared
          + followUp(
              "2026-02-02",
              neuro(1, "1", "0"),
              "NEGATIVE",
              8,
              new int[] {2, 1, 1, 1, 0},
              "PRESENT",
              "",
              4)
          // NE: hearing not evaluable
          + ","
          + followUp(
              "2026-03-02",
              neuro(1, "{\"level\":\"NE\",\"note\":\"hearing aid lost\"}", "0"),
              "NEGATIVE",
              10,
              new int[] {1, 1, 1, 1, 0},
              "PRESENT",
              "",
              4)
          // PR confirmed, steroids tapered
          + ","
          + followUp(
              "2026-03-30",
              neuro(0, "1", "0"),
              "NEGATIVE",
              9,
              new int[] {1, 1, 1, 0, 0},
              "PRESENT",
              "",
              2)
          // inadequate CSF, equivocal new lesion
          + ","
          + followUp(
              "2026-04-27",
              neuro(0, "1", "0"),
              "NEGATIVE",
              3,
              new int[] {1, 1, 0, 0, 0},
              "PRESENT",
              ",\"newLesions\":[{\"site\":\"BRAIN_NODULE\",\"equivocal\":true}]",
              2)
          // SD, a worsening attributed to treatment
          + ","
          + followUp(
              "2026-05-25",
              neuro(0, "1", "{\"level\":2,\"attributedTo\":\"TREATMENT_TOXICITY\"}"),
              "NEGATIVE",
              10,
              new int[] {2, 2, 1, 1, 0},
              "PRESENT",
              "",
              2)
          // PD: gait 0 -> 3, cytology positive again, a new nodule
          + ","
          + followUp(
              "2026-06-22",
              neuro(3, "1", "0"),
              "POSITIVE",
              10,
              new int[] {3, 2, 2, 2, 1},
              "ABSENT",
              ",\"newLesions\":[{\"site\":\"SPINE_NODULE\",\"equivocal\":false}]",
              8)
          + "]}";

  private static String neuro(int gait, String hearing, String behaviour) {
    return "\"neuro\":{\"gait\":"
        + gait
        + ","
        + NORMAL
        + ",\"hearing\":"
        + hearing
        + ",\"behaviour\":"
        + behaviour
        + "}";
  }

  private static String followUp(
      String date,
      String neuro,
      String csf,
      int volume,
      int[] scores,
      String nonTarget,
      String newLesions,
      int steroids) {
    StringBuilder targets = new StringBuilder();
    for (int t = 0; t < scores.length; t++) {
      targets
          .append(t == 0 ? "" : ",")
          .append("{\"id\":\"T")
          .append(t + 1)
          .append("\",\"score\":")
          .append(scores[t]);
      if (t < 2 && scores[t] > 0) {
        targets
            .append(",\"diametersMm\":[")
            .append(4 * scores[t] + 2)
            .append(',')
            .append(2 * scores[t] + 1)
            .append(']');
      }
      targets.append('}');
    }
    return "{\"date\":\""
        + date
        + "\","
        + neuro
        + ",\"csf\":{\"result\":\""
        + csf
        + "\",\"volumeMl\":"
        + volume
        + "},\"targets\":["
        + targets
        + "],"
        + "\"nonTargets\":[{\"id\":\"N1\",\"status\":\""
        + nonTarget
        + "\"}]"
        + newLesions
        + ",\"steroidMgPerDay\":"
        + steroids
        + "}";
  }
}
