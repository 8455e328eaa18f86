package org.rano.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.LmCase;
import org.rano.RanoLm;
import org.rano.Response;
import org.rano.ResponseSequence;

/**
 * One case read from the case format, ready to be scored: either raw assessments ({@link Raw}) or a
 * sequence of responses assessed elsewhere ({@link Sequence}), each with the criteria it is scored
 * under (the format's criteria overridden by the case's own {@code criteria} object).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CaseInput permits CaseInput.Raw, CaseInput.Sequence {

  /**
   * The case id.
   *
   * @return the id, or empty when the case has none
   */
  Optional<String> id();

  /**
   * The criteria the case is scored under: the format's, overridden by the case's own.
   *
   * @return the criteria, not null
   */
  Criteria criteria();

  /**
   * Who rated the case: the case's {@code "reader"} field, for agreement studies where several
   * readers rate the same patient (ratings of one patient share its {@code id}). Scoring ignores
   * it.
   *
   * @return the reader, a non-blank string, or empty when the case names none
   */
  Optional<String> reader();

  /**
   * The reader's own overall call per follow-up: each follow-up's {@code "reportedOverall"} field,
   * to compare with the response the library derives. Scoring ignores it.
   *
   * @return one entry per follow-up, in order, empty where that follow-up carries no call; an empty
   *     list for a response sequence, not null
   */
  List<Optional<Response>> reportedOverall();

  /**
   * Scores the case with {@link RanoLm} under its criteria.
   *
   * @return the assessment, not null
   * @throws org.rano.InvalidInputException if the library rejects the case while scoring it
   */
  CaseAssessment assess();

  /**
   * A case of raw assessments: a baseline and its follow-ups.
   *
   * @param lmCase the case, not null
   * @param criteria the criteria, not null
   * @param reader who rated the case, or empty
   * @param reportedOverall the reader's overall call per follow-up, one entry per follow-up
   */
  record Raw(
      LmCase lmCase,
      Criteria criteria,
      Optional<String> reader,
      List<Optional<Response>> reportedOverall)
      implements CaseInput {
    /**
     * Obtains a case of raw assessments.
     *
     * @param lmCase the case, not null
     * @param criteria the criteria, not null
     * @param reader who rated the case, or empty; not null
     * @param reportedOverall the reader's overall call per follow-up, as many entries as the case
     *     has follow-ups, not null; copied
     * @throws NullPointerException if any is null
     * @throws IllegalArgumentException if {@code reportedOverall} does not have one entry per
     *     follow-up
     */
    public Raw {
      Objects.requireNonNull(lmCase, "lmCase");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(reader, "reader");
      reportedOverall = List.copyOf(reportedOverall);
      if (reportedOverall.size() != lmCase.followUps().size()) {
        throw new IllegalArgumentException(
            "reportedOverall has "
                + reportedOverall.size()
                + " entries; allowed: one per follow-up ("
                + lmCase.followUps().size()
                + ")");
      }
    }

    /**
     * Obtains a case of raw assessments without a reader or reported calls.
     *
     * @param lmCase the case, not null
     * @param criteria the criteria, not null
     * @throws NullPointerException if either is null
     */
    public Raw(LmCase lmCase, Criteria criteria) {
      this(
          lmCase,
          criteria,
          Optional.empty(),
          java.util.Collections.nCopies(
              Objects.requireNonNull(lmCase, "lmCase").followUps().size(), Optional.empty()));
    }

    @Override
    public Optional<String> id() {
      return lmCase.id();
    }

    @Override
    public CaseAssessment assess() {
      return RanoLm.of(criteria).assess(lmCase);
    }
  }

  /**
   * A sequence of responses already assessed, with its reference date (spec section 7).
   *
   * @param sequence the sequence, not null
   * @param criteria the criteria, not null
   * @param reader who rated the case, or empty
   */
  record Sequence(ResponseSequence sequence, Criteria criteria, Optional<String> reader)
      implements CaseInput {
    /**
     * Obtains a case of responses.
     *
     * @param sequence the sequence, not null
     * @param criteria the criteria, not null
     * @param reader who rated the case, or empty; not null
     * @throws NullPointerException if any is null
     */
    public Sequence {
      Objects.requireNonNull(sequence, "sequence");
      Objects.requireNonNull(criteria, "criteria");
      Objects.requireNonNull(reader, "reader");
    }

    /**
     * Obtains a case of responses without a reader.
     *
     * @param sequence the sequence, not null
     * @param criteria the criteria, not null
     * @throws NullPointerException if either is null
     */
    public Sequence(ResponseSequence sequence, Criteria criteria) {
      this(sequence, criteria, Optional.empty());
    }

    /**
     * The reader's calls: none, since the responses of a sequence are the calls themselves.
     *
     * @return an empty list
     */
    @Override
    public List<Optional<Response>> reportedOverall() {
      return List.of();
    }

    @Override
    public Optional<String> id() {
      return sequence.id();
    }

    @Override
    public CaseAssessment assess() {
      return RanoLm.of(criteria).assess(sequence);
    }
  }
}
