package org.rano.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rano.json.CaseFormat;

/**
 * The analysis of a study on hand-made ratings: which items it extracts at which level, that the
 * order of the ratings does not change the result, that a not-evaluable level is a missing rating
 * of an ordinal item, and that the text stays within 100 columns.
 */
class AgreementTest {

  private static final String NEURO =
      "{\"gait\": %d, \"strength\": 0, \"sensation\": 0, \"vision\": 0, \"eyeMovements\": 0,"
          + " \"facialStrength\": 0, \"hearing\": 0, \"swallowing\": 0,"
          + " \"levelOfConsciousness\": 0, \"behaviour\": 0}";

  /** A raw rating: gait at baseline and at the follow-up (-1 for NE), and one target's scores. */
  private static Rating rating(String id, String reader, int gait0, int gait1, int t0, int t1) {
    String json =
        "{\"id\": \""
            + id
            + "\", \"reader\": \""
            + reader
            + "\", \"baseline\": {\"date\": \"2026-01-05\", \"neuro\": "
            + String.format(NEURO, gait0)
            + ", \"csf\": {\"result\": \"POSITIVE\", \"volumeMl\": 8}, \"targets\": [{\"id\":"
            + " \"T1\", \"site\": \"BRAIN_NODULE\", \"score\": "
            + t0
            + "}]}, \"followUps\": [{\"date\": \"2026-02-02\", \"neuro\": "
            + String.format(NEURO, gait1).replace("\"gait\": -1", "\"gait\": \"NE\"")
            + ", \"csf\": {\"result\": \"NEGATIVE\", \"volumeMl\": 8}, \"targets\": [{\"id\":"
            + " \"T1\", \"score\": "
            + t1
            + "}]}]}";
    return Rating.of(id + "/" + reader, CaseFormat.withDefaults().read(json));
  }

  private static List<Rating> study() {
    List<Rating> ratings = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int p = 1; p <= 12; p++) {
      int gait = random.nextInt(3);
      int score = 1 + random.nextInt(3);
      for (String reader : List.of("A", "B", "C")) {
        int g1 = random.nextInt(4) == 0 ? random.nextInt(4) : gait;
        int t1 = Math.max(0, score - random.nextInt(2));
        ratings.add(
            rating("P" + p, reader, gait, p == 3 && reader.equals("B") ? -1 : g1, score, t1));
      }
    }
    return ratings;
  }

  @Test
  void itemsAndLevels_followTheCaseFormat() {
    String json = Agreement.withDefaults().withBootstrap(0).analyse(study(), List.of()).toJson();
    assertThat(json)
        .contains("\"item\" : \"overall\",\n    \"level\" : \"nominal\"")
        .contains("\"item\" : \"neuro.gait\",\n    \"level\" : \"ordinal\"")
        .contains("\"item\" : \"targets.T1.score\",\n    \"level\" : \"ordinal\"")
        .contains("\"item\" : \"compositeScore\",\n    \"level\" : \"interval\"")
        .contains("\"item\" : \"progressionDate\",\n    \"level\" : \"date\"")
        .contains("\"weightedKappa\"")
        .contains("\"icc\"")
        .doesNotContain("NaN");
  }

  @Test
  void notEvaluableLevel_isAMissingRating_ofTheOrdinalItem() {
    AgreementStudy study = Agreement.withDefaults().withBootstrap(0).analyse(study(), List.of());
    // gait: 12 patients x 2 visits = 24 units, each rated by 3 readers or, where one is NE, by 2.
    assertThat(study.toJson())
        .contains("\"item\" : \"neuro.gait\",\n    \"level\" : \"ordinal\",\n    \"units\" : 24,");
  }

  @Test
  void orderOfTheRatings_doesNotChangeTheStatistics() {
    List<Rating> ratings = study();
    String before =
        Agreement.withDefaults().withBootstrap(100).analyse(ratings, List.of()).toJson();
    // Shuffle the readers' ratings within each patient (patients keep their order).
    List<Rating> shuffled = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int p = 0; p < ratings.size(); p += 3) {
      List<Rating> patient = new ArrayList<>(ratings.subList(p, p + 3));
      Collections.shuffle(patient, new java.util.Random(random.nextLong()));
      shuffled.addAll(patient);
    }
    String after =
        Agreement.withDefaults().withBootstrap(100).analyse(shuffled, List.of()).toJson();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void text_staysWithinAHundredColumns_evenForLongNames() {
    List<Rating> ratings = new ArrayList<>(study());
    String longId = "P-" + "x".repeat(150);
    ratings.add(rating(longId, "A", 0, 2, 1, 1));
    ratings.add(rating(longId, "B", 0, 0, 1, 3));
    String text = Agreement.withDefaults().withBootstrap(0).analyse(ratings, List.of()).toText();
    assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(text).contains("Adjudication");
  }

  @Test
  void outOfRangeSettings_areRejected() {
    Agreement agreement = Agreement.withDefaults();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> agreement.withDateToleranceDays(-1))
        .withMessageContaining("allowed: 0 to 3650");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> agreement.withBootstrap(-1));
  }
}
