package org.rano.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;

/**
 * Scores the text of one case: reads it with {@link CaseReader} and assesses it with the library.
 * Every text gives exactly one {@link Outcome}; no exception escapes, so one bad case never stops a
 * stream of cases.
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
   * Obtains a scorer with the instruments the command loaded.
   *
   * @param format the case format, with the command's criteria and instruments
   */
  CaseScorer(CaseFormat format) {
    this.reader = new CaseReader(format);
  }

  /**
   * Scores one case.
   *
   * @param text the case as one JSON object, not null
   * @return the outcome, not null
   */
  Outcome score(String text) {
    return score(() -> reader.read(text));
  }

  /**
   * Scores one case from its UTF-8 bytes, with the same outcome as {@link #score(String)} of their
   * text.
   *
   * @param utf8 the case as one JSON object in well-formed UTF-8, not null
   * @return the outcome, not null
   */
  Outcome score(byte[] utf8) {
    return score(() -> reader.read(utf8));
  }

  /** Reads a case one way or another. */
  private interface Read {
    CaseInput read() throws CaseRejection;
  }

  private static Outcome score(Read read) {
    CaseInput input;
    try {
      input = read.read();
    } catch (CaseRejection e) {
      return new Outcome.Rejected(e.caseId(), e.path(), e.problem());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not stop the stream: the case is reported, and the bug named.
      return Outcome.Rejected.ofBug(null, "could not be read", e);
    }
    @Nullable String id = idOf(input).orElse(null);
    try {
      return new Outcome.Scored(input.assess());
    } catch (InvalidInputException e) {
      return new Outcome.Rejected(id, e.path(), Echo.shortenIn(e.problem(), e.value()));
    } catch (RuntimeException | StackOverflowError e) {
      // A library bug must not stop the stream: the case is reported, and the bug named.
      return Outcome.Rejected.ofBug(id, "could not be assessed", e);
    }
  }

  /**
   * Reads one case into the library's types, with every check that {@link #score(String)} makes
   * while reading, but does not assess it: {@code rano score --parse-only}, which measures what
   * parsing costs apart from scoring.
   *
   * @param utf8 the case as one JSON object in well-formed UTF-8, not null
   * @return the case id, or empty when the case has none
   * @throws CaseRejection as {@link #score(byte[])} rejects the case while reading it
   */
  Optional<String> read(byte[] utf8) throws CaseRejection {
    return idOf(reader.read(utf8));
  }

  private static Optional<String> idOf(CaseInput input) {
    return input.id();
  }
}
