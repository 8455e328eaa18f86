package org.rano.imaging;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.internal.Checks;

/**
 * A non-target lesion at one visit (IMG-13): its id, its site (required at baseline, optional at
 * follow-up where it must match) and its status.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NonTargetLesion {

  NonTargetLesion() {}

  /**
   * Obtains a non-target lesion with its site, as at baseline.
   *
   * @param id the lesion id, not blank, at most 256 characters, valid Unicode, not null
   * @param site the site, not null
   * @param status the status, not null
   * @return the lesion, not null
   * @throws InvalidInputException with path {@code id} for a blank, too long (over 256 characters)
   *     or invalid (lone surrogate) id
   */
  public static NonTargetLesion of(String id, Site site, NonTargetStatus status) {
    return create(id, Optional.of(Objects.requireNonNull(site, "site")), status);
  }

  /**
   * Obtains a non-target lesion at a follow-up, its site taken from baseline.
   *
   * @param id the id of a baseline non-target, not blank, at most 256 characters, not null
   * @param status the status, not null
   * @return the lesion, not null
   * @throws InvalidInputException with path {@code id} for a blank, too long (over 256 characters)
   *     or invalid (lone surrogate) id
   */
  public static NonTargetLesion of(String id, NonTargetStatus status) {
    return create(id, Optional.empty(), status);
  }

  private static NonTargetLesion create(String id, Optional<Site> site, NonTargetStatus status) {
    Checks.id("id", id);
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(status, "status");
    return new ImmutableNonTargetLesion.Builder().id(id).site(site).status(status).build();
  }

  /**
   * The lesion id, unique across the targets and non-targets of a case.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * The site; always present at baseline.
   *
   * @return the site, or empty at a follow-up that does not repeat it
   */
  public abstract Optional<Site> site();

  /**
   * The status at this visit.
   *
   * @return the status, not null
   */
  public abstract NonTargetStatus status();
}
