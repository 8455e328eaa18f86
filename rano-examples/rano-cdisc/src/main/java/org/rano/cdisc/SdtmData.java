package org.rano.cdisc;

import java.util.List;

/**
 * What {@link SdtmReader} read: the subjects without error, in the order of the reference file, and
 * the error records (every subject with one is left out of {@code subjects}).
 *
 * @param subjects the subjects, possibly empty, not null
 * @param errors the error records, possibly empty, not null
 */
public record SdtmData(List<Subject> subjects, List<RowError> errors) {

  /**
   * Creates the record, checking and copying its components.
   *
   * @param subjects the subjects, possibly empty, not null
   * @param errors the error records, possibly empty, not null
   */
  public SdtmData {
    subjects = List.copyOf(subjects);
    errors = List.copyOf(errors);
  }
}
