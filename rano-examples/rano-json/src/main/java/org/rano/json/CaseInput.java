package org.rano.json;

import java.util.Optional;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.LmCase;
import org.rano.RanoLm;
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
   */
  record Raw(LmCase lmCase, Criteria criteria) implements CaseInput {
    /**
     * Obtains a case of raw assessments.
     *
     * @param lmCase the case, not null
     * @param criteria the criteria, not null
     * @throws NullPointerException if either is null
     */
    public Raw {
      java.util.Objects.requireNonNull(lmCase, "lmCase");
      java.util.Objects.requireNonNull(criteria, "criteria");
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
   */
  record Sequence(ResponseSequence sequence, Criteria criteria) implements CaseInput {
    /**
     * Obtains a case of responses.
     *
     * @param sequence the sequence, not null
     * @param criteria the criteria, not null
     * @throws NullPointerException if either is null
     */
    public Sequence {
      java.util.Objects.requireNonNull(sequence, "sequence");
      java.util.Objects.requireNonNull(criteria, "criteria");
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
