package org.rano.cdisc;

import java.util.Objects;

/**
 * An error record: a row of an SDTM file that could not be used, and why. The subject it belongs to
 * gets no ADRS rows; every other subject is derived.
 *
 * @param file the file name as given, not null
 * @param row the row number in the file, the header being row 1; 0 when no single row is at fault
 * @param usubjid the subject, or empty when the row has none, not null
 * @param variable the SDTM variable at fault, e.g. {@code RSSTRESC}, not null
 * @param value the bad value as written, or empty, not null
 * @param message what is wrong and what is allowed, not null
 */
public record RowError(
    String file, long row, String usubjid, String variable, String value, String message) {

  /**
   * Creates the record, checking and copying its components.
   *
   * @param file the file name as given, not null
   * @param row the row number in the file, the header being row 1; 0 when no single row is at fault
   * @param usubjid the subject, or empty when the row has none, not null
   * @param variable the SDTM variable at fault, e.g. {@code RSSTRESC}, not null
   * @param value the bad value as written, or empty, not null
   * @param message what is wrong and what is allowed, not null
   * @throws NullPointerException naming a null component that must not be null
   */
  public RowError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(usubjid, "usubjid");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains the error as one line of text, e.g. {@code rs.csv row 7: USUBJID 01-701-1015: RSSTRESC
   * 'CHECK': ...}.
   *
   * @return the line, not null
   */
  public String text() {
    String where = file + (row > 0 ? " row " + row : "");
    return (where.isEmpty() ? "" : where + ": ")
        + "USUBJID "
        + (usubjid.isEmpty() ? "(missing)" : usubjid)
        + ": "
        + variable
        + " '"
        + value
        + "': "
        + message;
  }
}
