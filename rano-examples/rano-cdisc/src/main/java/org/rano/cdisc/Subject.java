package org.rano.cdisc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.ResponseSequence;

/**
 * A subject read from SDTM without error: its reference date and its overall responses, one per
 * date, in date order.
 *
 * @param studyId {@code STUDYID}, or empty, not null
 * @param usubjid {@code USUBJID}, not null
 * @param referenceDate the reference date (e.g. DM's {@code RFSTDTC}); empty only for a subject
 *     without any response, not null
 * @param assessments the responses in strictly increasing date order, possibly empty, not null
 */
public record Subject(
    String studyId,
    String usubjid,
    Optional<LocalDate> referenceDate,
    List<RsAssessment> assessments) {

  /**
   * Creates the record, checking and copying its components.
   *
   * @param studyId {@code STUDYID}, or empty, not null
   * @param usubjid {@code USUBJID}, not null
   * @param referenceDate the reference date (e.g. DM's {@code RFSTDTC}); empty only for a subject
   *     <p>without any response, not null
   * @param assessments the responses in strictly increasing date order, possibly empty, not null
   * @throws NullPointerException naming a null component that must not be null
   * @throws IllegalArgumentException when there are responses but no reference date
   */
  public Subject {
    Objects.requireNonNull(studyId, "studyId");
    Objects.requireNonNull(usubjid, "usubjid");
    Objects.requireNonNull(referenceDate, "referenceDate");
    assessments = List.copyOf(assessments);
    if (!assessments.isEmpty() && referenceDate.isEmpty()) {
      throw new IllegalArgumentException(
          "subject " + usubjid + " has responses but no reference date");
    }
  }

  /**
   * Obtains the subject's responses as a response sequence for {@code RanoLm.assess}.
   *
   * @return the sequence, with the subject as its id, not null
   * @throws IllegalStateException when the subject has no reference date (and so no responses)
   * @throws org.rano.InvalidInputException when the dates break TIME-1
   */
  public ResponseSequence sequence() {
    LocalDate reference =
        referenceDate.orElseThrow(
            () -> new IllegalStateException("subject " + usubjid + " has no reference date"));
    ResponseSequence.Builder builder = ResponseSequence.from(reference).id(usubjid);
    for (RsAssessment assessment : assessments) {
      builder.add(assessment.date(), assessment.response());
    }
    return builder.build();
  }
}
