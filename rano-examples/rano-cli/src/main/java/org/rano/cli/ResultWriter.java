package org.rano.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The bytes of one record, an output stream whose buffer can be read without a copy. */
  static final class RecordBytes extends ByteArrayOutputStream {
    /** Obtains an empty record. */
    RecordBytes() {
      super(8192);
    }

    /** The buffer, holding the record in its first {@link #size()} bytes. */
    byte[] buffer() {
      return buf;
    }
  }

  private static final CaseFormat ONE_LINE_FORMAT = CaseFormat.withDefaults();
  private static final CaseFormat INDENTED_FORMAT = CaseFormat.withDefaults().withIndentation(true);

  /** One line per record (NDJSON). */
  static final ResultWriter ONE_LINE = new ResultWriter(false);

  /** Indented JSON over several lines. */
  static final ResultWriter INDENTED = new ResultWriter(true);

  private final CaseFormat format;

  /**
   * Obtains a writer.
   *
   * @param pretty true for indented output over several lines, false for one line (NDJSON)
   */
  ResultWriter(boolean pretty) {
    this.format = pretty ? INDENTED_FORMAT : ONE_LINE_FORMAT;
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
   * Writes one outcome as UTF-8 bytes: the bytes of {@link #write(Outcome)}'s text, a result
   * written by the generator straight into the record.
   *
   * @param outcome the outcome, not null
   * @param record where the JSON goes, without a trailing line break, not null
   */
  void write(Outcome outcome, RecordBytes record) {
    if (outcome instanceof Outcome.Scored scored) {
      try {
        format.write(scored.assessment(), record);
      } catch (IOException e) {
        throw new UncheckedIOException("bug: writing to memory failed", e);
      }
    } else {
      record.writeBytes(write(outcome).getBytes(StandardCharsets.UTF_8));
    }
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
