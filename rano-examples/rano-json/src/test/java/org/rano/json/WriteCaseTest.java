package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.ImagingProfile;
import org.rano.LmCase;
import org.rano.RanoLm;

/**
 * {@link CaseFormat#writeCase(LmCase)}: a case of raw assessments written in the case format reads
 * back as an equal case, and scores the same, for every case of the specification's conformance set
 * and of 200 generated cases that it can write (2017 scorecard, LANO instrument); a 2019 scorecard
 * is refused by name.
 */
class WriteCaseTest {

  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private static int roundTrips(Path file) {
    int written = 0;
    for (String line : Schemas.lines(file)) {
      CaseInput input;
      try {
        input = FORMAT.read(line);
      } catch (CaseRejection e) {
        continue; // the conformance set holds invalid cases too
      }
      if (!(input instanceof CaseInput.Raw raw)
          || raw.lmCase().imagingProfile().equals(java.util.Optional.of(ImagingProfile.LANO_2019))
          || !raw.lmCase()
              .baseline()
              .neuro()
              .map(n -> n.instrument().equals(org.rano.neuro.Lano.INSTRUMENT))
              .orElse(true)) {
        continue;
      }
      LmCase original = raw.lmCase();
      String json = FORMAT.writeCase(original);
      assertThat(json).doesNotContain("\n");
      CaseInput back = FORMAT.read(json);
      assertThat(back).isInstanceOf(CaseInput.Raw.class);
      LmCase again = ((CaseInput.Raw) back).lmCase();
      assertThat(again).as(json).isEqualTo(original);
      assertThat(FORMAT.write(RanoLm.of(Criteria.defaults()).assess(again)))
          .isEqualTo(FORMAT.write(RanoLm.of(Criteria.defaults()).assess(original)));
      written++;
    }
    return written;
  }

  @Test
  void conformanceAndGeneratedCases_readBackEqual_andScoreTheSame() {
    int conformance =
        roundTrips(
            Schemas.TEST_RESOURCES.resolve("spec").resolve("conformance").resolve("cases.ndjson"));
    int generated =
        roundTrips(Schemas.TEST_RESOURCES.resolve("generated").resolve("cohort-seed1.ndjson"));
    assertThat(conformance).as("conformance cases written").isGreaterThan(100);
    assertThat(generated).as("generated cases written").isGreaterThan(100);
  }

  @Test
  void aLano2019Case_isRefused() {
    String text = Schemas.read(Schemas.EXAMPLE_CASES.resolve("lano2019.json"));
    LmCase lmCase = ((CaseInput.Raw) FORMAT.read(text)).lmCase();
    assertThatIllegalArgumentException().isThrownBy(() -> FORMAT.writeCase(lmCase));
  }
}
