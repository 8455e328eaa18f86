package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.rano.CourseFixtures.REFERENCE;
import static org.rano.CourseFixtures.at;
import static org.rano.CourseFixtures.day;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The response-sequence entry: building a sequence (TIME-1) and scoring it (section 7). */
class ResponseSequenceTest {

  private static void assertRejected(
      ResponseSequence.Builder builder, String path, LocalDate value) {
    assertThatThrownBy(builder::build)
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.value()).isEqualTo(value.toString());
              assertThat(e.getMessage()).startsWith(path + ": ").contains(value.toString());
            });
  }

  // --- TIME-1 for sequences --------------------------------------------------------------------

  @Test
  void time1_dateEqualToReferenceIsAllowedAsDayZero() {
    ResponseSequence sequence =
        ResponseSequence.from(REFERENCE).add(REFERENCE, PR).add(day(28), PR).build();

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(sequence);

    assertThat(result.timePoints()).extracting(TimePoint::daysFromBaseline).containsExactly(0, 28);
    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(REFERENCE);
  }

  @Test
  void time1_dateBeforeReferenceIsRejected() {
    assertRejected(
        ResponseSequence.from(REFERENCE).add(REFERENCE.minusDays(1), SD),
        "responses[0].date",
        REFERENCE.minusDays(1));
  }

  @Test
  void time1_laterDateBeforeReferenceIsRejectedWithItsIndex() {
    // the third date is before the reference date (and before the one before it)
    assertRejected(
        ResponseSequence.from(REFERENCE).add(day(10), SD).add(day(20), SD).add(day(-3), SD),
        "responses[2].date",
        day(-3));
  }

  @Test
  void time1_datesOutOfOrderAreRejected() {
    assertRejected(
        ResponseSequence.from(REFERENCE).add(day(30), SD).add(day(20), SD),
        "responses[1].date",
        day(20));
  }

  @Test
  void time1_responseOnTheLastDayOfYear9999_isAcceptedAndCounted() {
    LocalDate last = LocalDate.of(9999, 12, 31);
    ResponseSequence sequence = ResponseSequence.from(REFERENCE).add(last, SD).build();

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(sequence);

    assertThat(result.timePoints().get(0).daysFromBaseline())
        .isEqualTo(ChronoUnit.DAYS.between(REFERENCE, last));
  }

  @Test
  void time1_responseInYear10000_isRejectedAtItsDate() {
    ResponseSequence.Builder builder = ResponseSequence.from(REFERENCE).add(day(1), SD);

    assertThatThrownBy(() -> builder.add(LocalDate.of(10000, 1, 1), SD))
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("responses[1].date");
              assertThat(e.problem()).contains("+10000-01-01", "0000 to 9999");
            });
  }

  @Test
  void time1_repeatedDateIsRejected() {
    assertRejected(
        ResponseSequence.from(REFERENCE).add(day(10), SD).add(day(30), PR).add(day(30), PR),
        "responses[2].date",
        day(30));
  }

  @Test
  void time1_repeatedReferenceDateIsRejected() {
    assertRejected(
        ResponseSequence.from(REFERENCE).add(REFERENCE, SD).add(REFERENCE, SD),
        "responses[1].date",
        REFERENCE);
  }

  @Test
  void time1_textDatesAreParsedWithTheirPath() {
    assertThatThrownBy(
            () -> ResponseSequence.from("2026-01-10").add("2026-02-07", PR).add("2026-02-30", PR))
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.path()).isEqualTo("responses[1].date"));
    assertThatThrownBy(() -> ResponseSequence.from("10/01/2026"))
        .asInstanceOf(type(InvalidInputException.class))
        .satisfies(e -> assertThat(e.path()).isEqualTo("referenceDate"));
  }

  @Test
  void time1_emptySequenceIsValid() {
    ResponseSequence sequence = ResponseSequence.from(REFERENCE).id("SUBJ-0").build();

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(sequence);

    assertThat(result.id()).hasValue("SUBJ-0");
    assertThat(result.timePoints()).isEmpty();
    assertThat(result.bestOverallResponse().response()).isEqualTo(NE);
    assertThat(result.bestOverallResponse().reasons())
        .extracting(Reason::kind)
        .containsExactly(ReasonKind.TIME_NO_FOLLOW_UP);
    assertThat(result.bestOverallResponse().date()).isEmpty();
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(NE);
    assertThat(result.confirmedBestOverallResponse().reasons())
        .extracting(Reason::kind)
        .containsExactly(ReasonKind.TIME_NO_FOLLOW_UP);
    assertThat(result.confirmedBestOverallResponse().date()).isEmpty();
    assertThat(result.progression()).isEmpty();
  }

  // --- the sequence and its assessment ----------------------------------------------------------

  @Test
  void keepsItsResponsesInOrder() {
    ResponseSequence sequence =
        ResponseSequence.from("2026-01-10")
            .id("SUBJ-9")
            .add("2026-02-07", PR)
            .add("2026-03-07", NE)
            .build();

    assertThat(sequence.id()).hasValue("SUBJ-9");
    assertThat(sequence.referenceDate()).isEqualTo(REFERENCE);
    assertThat(sequence.responses())
        .containsExactly(
            DatedResponse.of(LocalDate.parse("2026-02-07"), PR),
            DatedResponse.of(LocalDate.parse("2026-03-07"), NE));
  }

  @Test
  void timePointsCarryNoVisitAssessment() {
    CaseAssessment result = CourseFixtures.assess(at(28, PR), at(56, PD));

    assertThat(result.timePoints()).allSatisfy(p -> assertThat(p.assessment()).isEmpty());
    assertThat(result.timePoints()).extracting(TimePoint::date).containsExactly(day(28), day(56));
    assertThat(result.timePoints()).extracting(TimePoint::daysFromBaseline).containsExactly(28, 56);
    assertThat(result.notes()).isEmpty();
    assertThat(result.criteria()).isEqualTo(org.rano.Criteria.defaults());
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            ResponseSequence.from(REFERENCE).add(day(28), PR).build(),
            ResponseSequence.from("2026-01-10").add("2026-02-07", PR).build())
        .addEqualityGroup(ResponseSequence.from(REFERENCE).add(day(28), CR).build())
        .addEqualityGroup(ResponseSequence.from(REFERENCE.plusDays(1)).add(day(28), PR).build())
        .addEqualityGroup(ResponseSequence.from(REFERENCE).id("A").add(day(28), PR).build())
        .addEqualityGroup(ResponseSequence.from(REFERENCE).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(at(28, PR), DatedResponse.of(LocalDate.parse("2026-02-07"), PR))
        .addEqualityGroup(at(28, SD))
        .addEqualityGroup(at(29, PR))
        .testEquals();
  }
}
