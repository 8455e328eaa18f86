package org.rano.examples.cli;

import org.jspecify.annotations.Nullable;
import org.rano.response.CaseAssessment;

/**
 * What became of one case: scored ({@link Scored}) or rejected as invalid input ({@link
 * Rejected}).
 */
sealed interface Outcome permits Outcome.Scored, Outcome.Rejected {

  /**
   * A case that was scored.
   *
   * @param assessment the library's assessment, not null
   */
  record Scored(CaseAssessment assessment) implements Outcome {}

  /**
   * A case rejected as invalid input.
   *
   * @param caseId the case id, or null when unknown
   * @param path the path of the first invalid field in the case format, {@code ""} for a text
   *     that is not a JSON object
   * @param message what is wrong and what is allowed
   */
  record Rejected(@Nullable String caseId, String path, String message) implements Outcome {}
}
