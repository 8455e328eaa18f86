package org.rano.agreement;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rating, or a patient's group of ratings, left out of the statistics: a case that could not be
 * read or scored, a rating without id or reader, a reader who rated a patient twice, follow-ups
 * whose dates differ between readers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatingError {

  private final String source;
  private final @Nullable String caseId;
  private final String path;
  private final String message;

  private RatingError(String source, @Nullable String caseId, String path, String message) {
    this.source = source;
    this.caseId = caseId;
    this.path = path;
    this.message = message;
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
        Objects.requireNonNull(message, "message"));
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

  @Override
  public boolean equals(Object other) {
    return other instanceof RatingError that
        && source.equals(that.source)
        && Objects.equals(caseId, that.caseId)
        && path.equals(that.path)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, caseId, path, message);
  }

  @Override
  public String toString() {
    return source
        + (caseId == null ? "" : " " + caseId)
        + ": "
        + (path.isEmpty() ? "" : path + ": ")
        + message;
  }
}
