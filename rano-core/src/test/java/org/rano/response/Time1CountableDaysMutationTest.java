package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;
import org.rano.Response;

/**
 * TIME-1: every date lies within the days an int counts from baseline (or from the reference
 * date of a response sequence): exactly {@link Integer#MAX_VALUE} days is accepted and counted,
 * one day more is rejected at the date's path.
 */
class Time1CountableDaysMutationTest {

  private static final LocalDate BASELINE = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_COUNTABLE = BASELINE.plusDays(Integer.MAX_VALUE);

  @Test
  void time1_followUpExactlyIntMaxDaysAfterBaseline_isAcceptedAndCounted() {
    LmCase lmCase = LmCase.of(Visit.on(BASELINE).build(), Visit.on(LAST_COUNTABLE).build());

    CaseAssessment result = RanoLm.withDefaults().assess(lmCase);

    assertThat(result.timePoints().get(0).daysFromBaseline()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void time1_followUpOneDayBeyond_isRejectedAtItsDate() {
    LocalDate beyond = LAST_COUNTABLE.plusDays(1);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LmCase.of(Visit.on(BASELINE).build(), Visit.on(BASELINE.plusDays(28)).build(),
            Visit.on(beyond).build()));

    assertThat(e.path()).isEqualTo("followUps[1].date");
    assertThat(e.value()).isEqualTo(beyond.toString());
    assertThat(e.problem()).contains(beyond.toString(), String.valueOf(Integer.MAX_VALUE),
        "TIME-1");
  }

  @Test
  void time1_responseExactlyIntMaxDaysAfterReference_isAcceptedAndCounted() {
    ResponseSequence sequence = ResponseSequence.from(BASELINE)
        .add(LAST_COUNTABLE, Response.SD).build();

    CaseAssessment result = RanoLm.withDefaults().assess(sequence);

    assertThat(result.timePoints().get(0).daysFromBaseline()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void time1_responseOneDayBeyond_isRejectedAtItsDate() {
    LocalDate beyond = LAST_COUNTABLE.plusDays(1);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ResponseSequence.from(BASELINE).add(BASELINE.plusDays(1), Response.SD)
            .add(beyond, Response.SD).build());

    assertThat(e.path()).isEqualTo("responses[1].date");
    assertThat(e.value()).isEqualTo(beyond.toString());
    assertThat(e.problem()).contains(String.valueOf(Integer.MAX_VALUE), "TIME-1");
  }
}
