package org.rano.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;
import org.rano.diagnosis.Diagnosis;
import org.rano.json.CaseFormat;
import org.rano.json.CaseRejection;

/**
 * The command's use of rano-json's writer: renders one {@link Outcome} or one classification whole,
 * as a string, so that the command writes each record in one piece.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ResultWriter {

  private static final CaseFormat ONE_LINE = CaseFormat.withDefaults();
  private static final CaseFormat INDENTED = CaseFormat.withDefaults().withIndentation(true);

  private final CaseFormat format;

  /**
   * Obtains a writer.
   *
   * @param pretty true for indented output over several lines, false for one line (NDJSON)
   */
  ResultWriter(boolean pretty) {
    this.format = pretty ? INDENTED : ONE_LINE;
  }

  /**
   * Writes one outcome.
   *
   * @param outcome the outcome, not null
   * @return the JSON text without a trailing line break, not null
   */
  String write(Outcome outcome) {
    StringBuilder text = new StringBuilder(4096);
    try {
      if (outcome instanceof Outcome.Scored scored) {
        format.write(scored.assessment(), text);
      } else {
        Outcome.Rejected rejected = (Outcome.Rejected) outcome;
        // the message is final already: a rejection of no value, so that it is not shortened again
        format.write(
            CaseRejection.of(
                rejected.caseId(),
                InvalidInputException.of(rejected.path(), null, rejected.message())),
            text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return text.toString();
  }

  /**
   * Writes one EANO-ESMO classification (spec section 8).
   *
   * @param id the id of the input, or null when it had none
   * @param diagnosis the classification, not null
   * @return the JSON text without a trailing line break, not null
   */
  String write(@Nullable String id, Diagnosis diagnosis) {
    StringBuilder text = new StringBuilder(1024);
    try {
      format.writeDiagnosis(id, diagnosis, text);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return text.toString();
  }
}
