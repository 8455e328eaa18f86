package org.rano.cli;

import java.util.Objects;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.LmCase;

/**
 * The stages of {@code rano score --ndjson} one at a time, for the benchmarks in {@code
 * org.rano.bench}: reading a case's JSON into the library's types with the command's {@link
 * CaseReader}, assessing it as the command does, and writing the result line with the command's
 * {@link ResultWriter}. Every stage is the command's own code, so that what is measured is what the
 * command runs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseCodec {

  private final CaseReader reader;

  private CaseCodec(Criteria criteria) {
    this.reader = new CaseReader(criteria);
  }

  /**
   * Obtains a codec for the command's default criteria (no criteria options).
   *
   * @return the codec, not null
   */
  public static CaseCodec withDefaults() {
    return new CaseCodec(Criteria.defaults());
  }

  /**
   * Reads a case of raw assessments, with every check the command makes while reading, without
   * assessing it.
   *
   * @param json the case as one JSON object, not null
   * @return the case, not null
   * @throws InvalidInputException naming the first invalid field, or if the text is a response
   *     sequence
   * @throws NullPointerException ("json") if json is null
   */
  public LmCase read(String json) {
    Objects.requireNonNull(json, "json");
    CaseInput input = readInput(json);
    if (input instanceof CaseInput.Raw raw) {
      return raw.lmCase();
    }
    throw InvalidInputException.of("", null, "a case of raw assessments was expected");
  }

  /**
   * Reads and assesses a case exactly as the command does, under its own criteria.
   *
   * @param json the case as one JSON object, not null
   * @return the assessment, not null
   * @throws InvalidInputException naming the first invalid field
   * @throws NullPointerException ("json") if json is null
   */
  public CaseAssessment assess(String json) {
    Objects.requireNonNull(json, "json");
    return readInput(json).assess();
  }

  /**
   * Writes an assessment as the command's one-line result JSON ({@code --ndjson}).
   *
   * @param assessment the assessment, not null
   * @return the JSON text without a line break, not null
   * @throws NullPointerException ("assessment") if assessment is null
   */
  public String write(CaseAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new ResultWriter(false).write(new Outcome.Scored(assessment));
  }

  private CaseInput readInput(String json) {
    try {
      return reader.read(json);
    } catch (CaseRejection e) {
      throw InvalidInputException.of(e.path(), null, e.problem());
    }
  }
}
