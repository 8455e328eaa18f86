package org.rano.cli;

import org.jspecify.annotations.Nullable;
import org.rano.CaseAssessment;

/**
 * What became of one case: scored ({@link Scored}) or rejected as invalid input ({@link Rejected}).
 */
sealed interface Outcome permits Outcome.Scored, Outcome.Rejected {

  /**
   * The exit code this outcome asks for.
   *
   * @return {@value Main#EXIT_OK} scored, {@value Main#EXIT_REJECTED} rejected as invalid, {@value
   *     Main#EXIT_INTERNAL} met a bug
   */
  default int exitCode() {
    if (this instanceof Rejected rejected) {
      return rejected.bug() ? Main.EXIT_INTERNAL : Main.EXIT_REJECTED;
    }
    return Main.EXIT_OK;
  }

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
   * @param path the path of the first invalid field in the case format, {@code ""} for a text that
   *     is not a JSON object
   * @param message what is wrong and what is allowed
   * @param bug true when the case met a bug in rano rather than being invalid
   */
  record Rejected(@Nullable String caseId, String path, String message, boolean bug)
      implements Outcome {

    /**
     * Obtains the rejection of an invalid case.
     *
     * @param caseId the case id, or null when unknown
     * @param path the path of the first invalid field, {@code ""} for the whole text
     * @param message what is wrong and what is allowed
     */
    Rejected(@Nullable String caseId, String path, String message) {
      this(caseId, path, message, false);
    }

    /**
     * Obtains the record of a case that met a bug in rano: an exception no check foresaw. The
     * stream goes on; the command exits with {@value Main#EXIT_INTERNAL}.
     *
     * @param caseId the case id, or null when unknown
     * @param what what could not be done, e.g. {@code could not be assessed}
     * @param bug the exception
     * @return the record, not null
     */
    static Rejected ofBug(@Nullable String caseId, String what, Throwable bug) {
      return new Rejected(
          caseId,
          "",
          what
              + " (a bug in rano, please report it with this "
              + "case): "
              + Echo.quote(String.valueOf(bug)),
          true);
    }
  }
}
