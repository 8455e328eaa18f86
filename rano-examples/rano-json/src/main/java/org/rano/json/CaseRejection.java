package org.rano.json;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * A case (or a diagnosis input) rejected as invalid input: the case id when it could be read, and
 * the first invalid field with its path in the case format ({@link #path()}, e.g. {@code
 * followUps[0].neuro.sensation}), from the library's {@link InvalidInputException} ({@link
 * #getCause()}).
 *
 * <p>The message of the rejection is {@code path: problem}, or the problem alone when the whole
 * text is at fault (path {@code ""}). A bad value quoted in the problem is shortened to its first
 * 100 characters. Instances are immutable and thread-safe.
 */
public final class CaseRejection extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The case id, or null when unknown. */
  private final @Nullable String caseId;

  /** The path of the invalid field, {@code ""} for the whole text. */
  private final String path;

  /** What is wrong and what is allowed. */
  private final String problem;

  private CaseRejection(@Nullable String caseId, InvalidInputException cause, String problem) {
    super(cause.path().isEmpty() ? problem : cause.path() + ": " + problem, cause);
    this.caseId = caseId;
    this.path = cause.path();
    this.problem = problem;
  }

  /** A rejection whose problem is the cause's as it stands (a diagnosis input's text errors). */
  static CaseRejection verbatim(@Nullable String caseId, InvalidInputException cause) {
    return new CaseRejection(caseId, cause, cause.problem());
  }

  /**
   * Obtains a rejection from the library's exception.
   *
   * @param caseId the case id, or null when unknown
   * @param cause the exception, its path complete, not null
   * @return the rejection, not null
   * @throws NullPointerException ("cause") if cause is null
   */
  public static CaseRejection of(@Nullable String caseId, InvalidInputException cause) {
    Objects.requireNonNull(cause, "cause");
    return new CaseRejection(caseId, cause, Echo.shortenIn(cause.problem(), cause.value()));
  }

  /**
   * The case id, when the case had one and it could be read.
   *
   * @return the id, or empty
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /**
   * The path of the invalid field in the case format, e.g. {@code followUps[0].neuro.sensation}.
   *
   * @return the path, {@code ""} when the whole text is at fault, not null
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong and what is allowed, a long bad value shortened.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }

  /**
   * The library's exception, with the path and the bad value.
   *
   * @return the exception, not null
   */
  @Override
  public synchronized InvalidInputException getCause() {
    return (InvalidInputException) Objects.requireNonNull(super.getCause());
  }
}
