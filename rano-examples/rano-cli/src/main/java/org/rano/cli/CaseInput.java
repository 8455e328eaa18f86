package org.rano.cli;

import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.LmCase;
import org.rano.RanoLm;
import org.rano.ResponseSequence;

/**
 * One case read from the case format, ready to be scored: either raw assessments ({@link Raw}) or a
 * sequence of responses assessed elsewhere ({@link Sequence}), each with the criteria it is scored
 * under (the command's options overridden by the case's own {@code criteria}).
 */
sealed interface CaseInput permits CaseInput.Raw, CaseInput.Sequence {

  /**
   * The criteria the case is scored under.
   *
   * @return the criteria, not null
   */
  Criteria criteria();

  /**
   * Scores the case with {@link RanoLm} under its criteria.
   *
   * @return the assessment, not null
   */
  CaseAssessment assess();

  /**
   * A case of raw assessments: a baseline and its follow-ups.
   *
   * @param lmCase the case, not null
   * @param criteria the criteria, not null
   */
  record Raw(LmCase lmCase, Criteria criteria) implements CaseInput {
    @Override
    public CaseAssessment assess() {
      return RanoLm.of(criteria).assess(lmCase);
    }
  }

  /**
   * A sequence of responses already assessed, with its reference date.
   *
   * @param sequence the sequence, not null
   * @param criteria the criteria, not null
   */
  record Sequence(ResponseSequence sequence, Criteria criteria) implements CaseInput {
    @Override
    public CaseAssessment assess() {
      return RanoLm.of(criteria).assess(sequence);
    }
  }
}
