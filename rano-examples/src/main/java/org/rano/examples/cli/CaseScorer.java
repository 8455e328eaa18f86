package org.rano.examples.cli;

import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;

/**
 * Scores the text of one case: reads it with {@link CaseReader} and assesses it with the library.
 * Every text gives exactly one {@link Outcome}; no exception escapes, so one bad case never
 * stops a stream of cases.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseScorer {

  private final CaseReader reader;

  /**
   * Obtains a scorer.
   *
   * @param criteria the criteria of the command, which a case's own {@code criteria} overrides
   */
  CaseScorer(Criteria criteria) {
    this.reader = new CaseReader(criteria);
  }

  /**
   * Scores one case.
   *
   * @param text the case as one JSON object, not null
   * @return the outcome, not null
   */
  Outcome score(String text) {
    CaseInput input;
    try {
      input = reader.read(text);
    } catch (CaseRejection e) {
      return new Outcome.Rejected(e.caseId(), e.path(), e.problem());
    }
    @Nullable String id = input instanceof CaseInput.Raw raw
        ? raw.lmCase().id().orElse(null)
        : ((CaseInput.Sequence) input).sequence().id().orElse(null);
    try {
      return new Outcome.Scored(input.assess());
    } catch (InvalidInputException e) {
      return new Outcome.Rejected(id, e.path(), e.problem());
    } catch (RuntimeException e) {
      // A library bug must not stop the stream: the case is reported, and the bug named.
      return new Outcome.Rejected(id, "", "could not be assessed (a bug in rano, please report "
          + "it with this case): " + e);
    }
  }
}
