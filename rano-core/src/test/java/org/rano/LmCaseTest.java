package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.rano.CourseFixtures.BASELINE;
import static org.rano.CourseFixtures.visit;
import static org.rano.Response.NE;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A case of raw assessments: dates in order after baseline, in the years 0000 to 9999 (TIME-1), a
 * baseline, follow-ups.
 */
class LmCaseTest {

  private static void assertRejected(ThrowingCallable build, String path, String value) {
    assertThatThrownBy(build)
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.getMessage()).startsWith(path + ": ");
            });
  }

  // --- TIME-1 ----------------------------------------------------------------------------------

  @Test
  void time1_followUpOnTheBaselineDateIsRejected() {
    assertRejected(
        () -> LmCase.of(CourseFixtures.baseline(), visit(0, SD).build()),
        "followUps[0].date",
        BASELINE.toString());
  }

  @Test
  void time1_followUpBeforeBaselineIsRejected() {
    assertRejected(
        () -> LmCase.of(CourseFixtures.baseline(), visit(-1, SD).build()),
        "followUps[0].date",
        BASELINE.minusDays(1).toString());
  }

  @Test
  void time1_laterFollowUpBeforeBaselineIsRejectedWithItsIndex() {
    assertRejected(
        () ->
            LmCase.of(
                CourseFixtures.baseline(),
                visit(28, SD).build(),
                visit(56, SD).build(),
                visit(-7, SD).build()),
        "followUps[2].date",
        BASELINE.minusDays(7).toString());
  }

  @Test
  void time1_followUpsOutOfOrderAreRejected() {
    assertRejected(
        () -> LmCase.of(CourseFixtures.baseline(), visit(56, SD).build(), visit(28, SD).build()),
        "followUps[1].date",
        BASELINE.plusDays(28).toString());
  }

  @Test
  void time1_repeatedFollowUpDateIsRejected() {
    assertRejected(
        () ->
            LmCase.builder()
                .baseline(CourseFixtures.baseline())
                .followUp(visit(28, SD).build())
                .followUp(visit(42, PR).build())
                .followUp(visit(42, PR).build())
                .build(),
        "followUps[2].date",
        BASELINE.plusDays(42).toString());
  }

  @Test
  void time1_oneDayAfterBaselineIsAccepted() {
    LmCase lmCase = LmCase.of(CourseFixtures.baseline(), visit(1, SD).build());

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(result.timePoints()).extracting(TimePoint::daysFromBaseline).containsExactly(1);
    assertThat(result.bestOverallResponse().response()).isEqualTo(NE);
  }

  @Test
  void time1_followUpOnTheLastDayOfYear9999_isAcceptedAndCounted() {
    LocalDate last = LocalDate.of(9999, 12, 31);
    LmCase lmCase = LmCase.of(CourseFixtures.baseline(), Visit.on(last).build());

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(result.timePoints().get(0).daysFromBaseline())
        .isEqualTo(ChronoUnit.DAYS.between(BASELINE, last));
  }

  @Test
  void time1_followUpInYear10000_isRejectedAtItsDate() {
    LocalDate beyond = LocalDate.of(10000, 1, 1);

    assertThatThrownBy(() -> Visit.on(beyond))
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("date");
              assertThat(e.problem()).contains("+10000-01-01", "0000 to 9999");
            });
  }

  // --- baseline --------------------------------------------------------------------------------

  @Test
  void missingBaselineIsRejected() {
    assertThatThrownBy(() -> LmCase.builder().id("LM-X").followUp(visit(28, SD).build()).build())
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("baseline");
              assertThat(e.value()).isNull();
            });
    assertThatThrownBy(() -> LmCase.builder().build())
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.path()).isEqualTo("baseline"));
  }

  // --- no follow-up ------------------------------------------------------------------------------

  @Test
  void time4_noFollowUpAtAll() {
    LmCase lmCase = LmCase.builder().id("LM-0").baseline(CourseFixtures.baseline()).build();

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(result.id()).hasValue("LM-0");
    assertThat(result.timePoints()).isEmpty();
    for (BestResponse best :
        List.of(result.bestOverallResponse(), result.confirmedBestOverallResponse())) {
      assertThat(best.response()).isEqualTo(NE);
      assertThat(best.reasons())
          .extracting(Reason::kind)
          .containsExactly(ReasonKind.TIME_NO_FOLLOW_UP);
      assertThat(best.date()).isEmpty();
    }
    assertThat(result.progression()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void time4_noFollowUpFromOf() {
    CaseAssessment result = CourseFixtures.DEFAULTS.assess(LmCase.of(CourseFixtures.baseline()));

    assertThat(result.bestOverallResponse().response()).isEqualTo(NE);
    assertThat(result.bestOverallResponse().date()).isEmpty();
    assertThat(result.bestOverallResponse().reasons())
        .extracting(Reason::kind)
        .containsExactly(ReasonKind.TIME_NO_FOLLOW_UP);
  }

  // --- the case --------------------------------------------------------------------------------

  @Test
  void keepsFollowUpsInOrderAndScoresEach() {
    Visit first = visit(28, PR).build();
    Visit second = visit(56, PR).build();
    LmCase lmCase =
        LmCase.builder()
            .id("LM-1")
            .baseline(CourseFixtures.baseline())
            .followUps(List.of(first, second))
            .build();

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(lmCase.followUps()).containsExactly(first, second);
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PR, PR);
    assertThat(result.timePoints())
        .extracting(TimePoint::date)
        .containsExactly(first.date(), second.date());
    assertThat(result.timePoints()).allSatisfy(p -> assertThat(p.assessment()).isPresent());
    assertThat(result.timePoints())
        .extracting(p -> p.assessment().orElseThrow().overall())
        .containsExactly(PR, PR);
  }
}
