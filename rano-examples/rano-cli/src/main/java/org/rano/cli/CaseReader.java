package org.rano.cli;

import org.rano.Criteria;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;

/**
 * The command's use of rano-json's {@link CaseFormat}: reads one case of the case format, with the
 * criteria of the command, and turns a rejection into the command's checked {@link CaseRejection}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseReader {

  private final CaseFormat format;

  /**
   * Obtains a reader.
   *
   * @param base the criteria of the command, which a case's {@code criteria} object overrides
   */
  CaseReader(Criteria base) {
    this(CaseFormat.withCriteria(base));
  }

  /**
   * Obtains a reader.
   *
   * @param format the format, with the command's criteria and instruments
   */
  CaseReader(CaseFormat format) {
    this.format = format;
  }

  /**
   * Reads one case from its UTF-8 bytes, as {@link #read(String)} reads its text.
   *
   * @param utf8 the case as one JSON object in well-formed UTF-8, not null
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput read(byte[] utf8) throws CaseRejection {
    try {
      return format.read(utf8, 0, utf8.length);
    } catch (org.rano.json.CaseRejection e) {
      throw new CaseRejection(e.caseId().orElse(null), e.path(), e.problem());
    }
  }

  /**
   * Reads one case from its text.
   *
   * @param text the case as one JSON object, not null
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput read(String text) throws CaseRejection {
    try {
      return format.read(text);
    } catch (org.rano.json.CaseRejection e) {
      throw new CaseRejection(e.caseId().orElse(null), e.path(), e.problem());
    }
  }
}
