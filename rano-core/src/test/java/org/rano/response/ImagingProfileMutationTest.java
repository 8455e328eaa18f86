package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.ImagingProfile;
import org.rano.InvalidInputException;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.Site;

/**
 * The imaging profile (policy {@code imaging}, spec section 4.4): a visit that gives the
 * scorecard of the other profile is rejected, not silently ignored, at the baseline as at any
 * follow-up; and a case checks its 2019 scorecards (no change at baseline, a change for every
 * item at follow-ups) with the visit's path.
 */
class ImagingProfileMutationTest {

  private static final RanoLm LANO = RanoLm.of(Criteria.defaults()
      .withImaging(ImagingProfile.LANO_2019));
  private static final RanoLm RANO = RanoLm.withDefaults();

  @Test
  void lano2019_baselineWithThe2017Scorecard_isRejectedAtBaselineTargets() {
    LmCase lmCase = LmCase.of(Visit.on("2026-01-05").target("T1", Site.BRAIN_NODULE, 2).build(),
        Visit.on("2026-02-02").lano2019(followUp(ItemChange.NO_CHANGE)).build());

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LANO.assess(lmCase));

    assertThat(e.path()).isEqualTo("baseline.targets");
    assertThat(e.problem()).contains("LANO_2019");
  }

  @Test
  void lano2019_followUpWithThe2017Scorecard_isRejectedAtItsTargets() {
    LmCase lmCase = LmCase.of(Visit.on("2026-01-05").lano2019(baseline()).build(),
        Visit.on("2026-02-02").lano2019(followUp(ItemChange.NO_CHANGE)).build(),
        Visit.on("2026-03-02").imagingDone().build());

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LANO.assess(lmCase));

    assertThat(e.path()).isEqualTo("followUps[1].targets");
  }

  @Test
  void rano2017_baselineWithThe2019Scorecard_isRejectedAtBaselineLano2019() {
    LmCase lmCase = LmCase.of(Visit.on("2026-01-05").lano2019(baseline()).build(),
        Visit.on("2026-02-02").build());

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RANO.assess(lmCase));

    assertThat(e.path()).isEqualTo("baseline.lano2019");
    assertThat(e.problem()).contains("RANO_LM_2017");
  }

  @Test
  void rano2017_followUpWithThe2019Scorecard_isRejectedAtItsLano2019() {
    Visit base = Visit.on("2026-01-05").build();
    Visit followUp = Visit.on("2026-02-02").lano2019(followUp(ItemChange.NO_CHANGE)).build();

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RANO.assessVisit(base, followUp));

    assertThat(e.path()).isEqualTo("followUps[0].lano2019");
  }

  @Test
  void lano2019_eachProfileWithItsOwnScorecard_isAssessed() {
    LmCase lano = LmCase.of(Visit.on("2026-01-05").lano2019(baseline()).build(),
        Visit.on("2026-02-02").lano2019(followUp(ItemChange.NO_CHANGE)).build());

    assertThat(LANO.assess(lano).timePoints()).hasSize(1);
  }

  @Test
  void lmCase_2019BaselineWithAChange_isRejectedWithTheBaselinePath() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LmCase.of(Visit.on("2026-01-05").lano2019(followUp(ItemChange.IMPROVED)).build()));

    assertThat(e.path()).isEqualTo("baseline.lano2019.brainNodules.change");
    assertThat(e.value()).isEqualTo("IMPROVED");
  }

  @Test
  void lmCase_2019FollowUpWithoutChange_isRejectedWithTheFollowUpPath() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LmCase.of(Visit.on("2026-01-05").lano2019(baseline()).build(),
            Visit.on("2026-02-02").lano2019(followUp(ItemChange.NO_CHANGE)).build(),
            Visit.on("2026-03-02").lano2019(baseline()).build()));

    assertThat(e.path()).isEqualTo("followUps[1].lano2019.brainNodules.change");
    assertThat(e.problem()).contains("IMPROVED, NO_CHANGE, WORSE, NE");
  }

  private static Lano2019Imaging baseline() {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ratings.put(item, ItemRating.atBaseline(ItemPresence.PRESENT));
    }
    return Lano2019Imaging.of(ratings);
  }

  private static Lano2019Imaging followUp(ItemChange change) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ratings.put(item, ItemRating.atFollowUp(ItemPresence.PRESENT, change));
    }
    return Lano2019Imaging.of(ratings);
  }
}
