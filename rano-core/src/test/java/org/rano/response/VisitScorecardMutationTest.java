package org.rano.response;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.rano.imaging.Imaging;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;

/**
 * A visit's scorecard is given whole or lesion by lesion, never both: after {@code imaging(...)}
 * every kind of lesion is refused.
 */
class VisitScorecardMutationTest {

  @Test
  void wholeScorecard_thenAnyLesion_isRefused() {
    assertThatIllegalStateException().isThrownBy(() -> Visit.on("2026-01-05")
        .imaging(Imaging.none()).target("T1", Site.BRAIN_NODULE, 2));
    assertThatIllegalStateException().isThrownBy(() -> Visit.on("2026-01-05")
        .imaging(Imaging.none()).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT));
    assertThatIllegalStateException().isThrownBy(() -> Visit.on("2026-02-02")
        .imaging(Imaging.none()).nonTarget("N1", NonTargetStatus.ABSENT));
    assertThatIllegalStateException().isThrownBy(() -> Visit.on("2026-02-02")
        .imaging(Imaging.none()).newLesion(Site.SPINE_NODULE));
  }

  @Test
  void lesionsOneByOne_thenAWholeScorecard_isRefused() {
    assertThatIllegalStateException().isThrownBy(() -> Visit.on("2026-01-05")
        .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT).imaging(Imaging.none()));
  }
}
