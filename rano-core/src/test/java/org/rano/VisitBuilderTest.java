package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;

/**
 * The visit builder refuses ambiguous use (a scorecard is given whole or lesion by lesion, never
 * both, whatever the kind of lesion), and decimals compare by value, not by scale.
 */
class VisitBuilderTest {

  @Test
  void imagingThenSingleLesion_isRefused() {
    Visit.Builder builder = Visit.on("2026-01-05").imaging(Imaging.none());
    assertThatThrownBy(() -> builder.target("T1", Site.BRAIN_NODULE, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("whole");
    assertThatThrownBy(() -> builder.newLesion(Site.SPINE_NODULE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.nonTarget("N1", NonTargetStatus.ABSENT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void singleLesionThenImaging_isRefused() {
    Visit.Builder builder = Visit.on("2026-01-05").target("T1", Site.BRAIN_NODULE, 2);
    assertThatThrownBy(() -> builder.imaging(Imaging.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one by one");
    Visit.Builder withNonTarget =
        Visit.on("2026-01-05").nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT);
    assertThatThrownBy(() -> withNonTarget.imaging(Imaging.none()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void decimals_equalRegardlessOfScale() {
    assertThat(CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("5")))
        .isEqualTo(CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("5.00")))
        .isEqualTo(CsfSample.negative(5));
    assertThat(Diameters.of(new BigDecimal("12.0"), new BigDecimal("7")))
        .isEqualTo(Diameters.of(12, 7));
    assertThat(Visit.on("2026-01-05").steroids(4).build())
        .isEqualTo(Visit.on("2026-01-05").steroids(new BigDecimal("4.000")).build());
  }
}
