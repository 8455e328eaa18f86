package org.rano.cli;

import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * A case rejected as invalid input: the case id when it could be read, and the first invalid field
 * with its path in the case format.
 */
final class CaseRejection extends Exception {
  private static final long serialVersionUID = 1L;

  private final @Nullable String caseId;
  private final String path;
  private final String problem;

  /**
   * Obtains a rejection.
   *
   * @param caseId the case id, or null when unknown
   * @param path the path of the invalid field, {@code ""} for the whole text
   * @param problem what is wrong and what is allowed
   */
  CaseRejection(@Nullable String caseId, String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem, null, false, false);
    this.caseId = caseId;
    this.path = path;
    this.problem = problem;
  }

  /**
   * Obtains a rejection from the library's exception.
   *
   * @param caseId the case id, or null when unknown
   * @param cause the exception, its path already complete
   * @return the rejection, not null
   */
  static CaseRejection of(@Nullable String caseId, InvalidInputException cause) {
    return new CaseRejection(caseId, cause.path(), Echo.shortenIn(cause.problem(), cause.value()));
  }

  /**
   * The case id.
   *
   * @return the id, or null when the case had none or it could not be read
   */
  @Nullable String caseId() {
    return caseId;
  }

  /**
   * The path of the invalid field, e.g. {@code followUps[0].neuro.sensation}.
   *
   * @return the path, {@code ""} when the whole text is at fault
   */
  String path() {
    return path;
  }

  /**
   * What is wrong and what is allowed.
   *
   * @return the problem, not null
   */
  String problem() {
    return problem;
  }
}
