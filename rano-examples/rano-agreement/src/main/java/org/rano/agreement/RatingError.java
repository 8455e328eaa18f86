package org.rano.agreement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A rating, or a patient's group of ratings, left out of the statistics: a case that could not be
 * read or scored, a rating without id or reader, a reader who rated a patient twice, follow-ups
 * whose dates differ between readers, a row of an SDTM file that could not be read ({@link
 * #ofRow}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatingError {

  private final String source;
  private final @Nullable String caseId;
  private final String path;
  private final String message;
  private final @Nullable Row row;

  /** Where in a data file the error is: the reader, the file, the row and the bad value. */
  private record Row(String reader, String file, long number, String value) {}

  private RatingError(
      String source, @Nullable String caseId, String path, String message, @Nullable Row row) {
    this.source = source;
    this.caseId = caseId;
    this.path = path;
    this.message = message;
    this.row = row;
  }

  /**
   * Obtains an error.
   *
   * @param source where the rating was read, e.g. {@code line 3}, not null
   * @param caseId the patient's id, or null when unknown
   * @param path the field at fault, empty for the whole rating, not null
   * @param message what is wrong and what is allowed, not null
   * @return the error, not null
   */
  public static RatingError of(
      String source, @Nullable String caseId, String path, String message) {
    return new RatingError(
        Objects.requireNonNull(source, "source"),
        caseId,
        Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(message, "message"),
        null);
  }

  /**
   * Obtains the error of a row of a data file, e.g. a reader's row of SDTM RS; its source is the
   * file and row, e.g. {@code rs.csv row 7}, and its path the variable.
   *
   * @param reader the reader whose row it is, not null
   * @param file the file name as given, not null
   * @param row the row number, the header being row 1; 0 when no single row is at fault
   * @param caseId the patient's id (e.g. {@code USUBJID}), or null when the row has none
   * @param variable the variable at fault, e.g. {@code RSSTRESC}, not null
   * @param value the bad value as written, or empty, not null
   * @param message what is wrong and what is allowed, not null
   * @return the error, not null
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public static RatingError ofRow(
      String reader,
      String file,
      long row,
      @Nullable String caseId,
      String variable,
      String value,
      String message) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(file, "file");
    if (row < 0) {
      throw new IllegalArgumentException("row " + row + "; allowed: 0 or more");
    }
    return new RatingError(
        file + (row > 0 ? " row " + row : ""),
        caseId,
        Objects.requireNonNull(variable, "variable"),
        Objects.requireNonNull(message, "message"),
        new Row(reader, file, row, Objects.requireNonNull(value, "value")));
  }

  /**
   * Where the rating was read.
   *
   * @return e.g. {@code line 3} or {@code lines 3, 9}, not null
   */
  public String source() {
    return source;
  }

  /**
   * The patient's id.
   *
   * @return the id, or empty when unknown
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /**
   * The field at fault.
   *
   * @return the path, empty for the whole rating, not null
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  /**
   * The reader whose row is at fault, for an error of {@link #ofRow}.
   *
   * @return the reader, or empty for other errors
   */
  public Optional<String> reader() {
    return row == null ? Optional.empty() : Optional.of(row.reader());
  }

  /**
   * The file, for an error of {@link #ofRow}.
   *
   * @return the file name, or empty for other errors
   */
  public Optional<String> file() {
    return row == null ? Optional.empty() : Optional.of(row.file());
  }

  /**
   * The row number, for an error of {@link #ofRow}.
   *
   * @return the row (the header being row 1, 0 when no single row is at fault), or empty for other
   *     errors
   */
  public OptionalLong row() {
    return row == null ? OptionalLong.empty() : OptionalLong.of(row.number());
  }

  /**
   * The bad value as written, for an error of {@link #ofRow}.
   *
   * @return the value (possibly empty), or empty for other errors
   */
  public Optional<String> value() {
    return row == null ? Optional.empty() : Optional.of(row.value());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RatingError that
        && source.equals(that.source)
        && Objects.equals(caseId, that.caseId)
        && path.equals(that.path)
        && message.equals(that.message)
        && Objects.equals(row, that.row);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, caseId, path, message, row);
  }

  @Override
  public String toString() {
    return source
        + (row == null ? "" : " (" + row.reader() + ")")
        + (caseId == null ? "" : " " + caseId)
        + ": "
        + (path.isEmpty() ? "" : path + ": ")
        + (row == null ? "" : "'" + row.value() + "': ")
        + message;
  }
}
