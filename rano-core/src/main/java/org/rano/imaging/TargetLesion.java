package org.rano.imaging;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.internal.Checks;

/**
 * A target lesion at one visit (IMG-1, IMG-2): its id, its site (required at baseline, optional at
 * follow-up where it must match), its extent score 0-3 or NE, and optionally its diameters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetLesion {

  /** The highest extent score (IMG-2). */
  public static final int MAX_SCORE = 3;

  TargetLesion() {}

  /**
   * Obtains a scored target lesion with its site, as at baseline.
   *
   * @param id the lesion id, not blank, at most 256 characters, valid Unicode, not null
   * @param site the site, not null
   * @param score the extent score 0-3 (1-3 at baseline)
   * @return the lesion, not null
   * @throws InvalidInputException with path {@code id} for a blank id, one over 256 characters or
   *     one with a lone surrogate, {@code score} for a score outside 0-3
   */
  public static TargetLesion of(String id, Site site, int score) {
    return create(
        id,
        Optional.of(Objects.requireNonNull(site, "site")),
        OptionalInt.of(score),
        Optional.empty());
  }

  /**
   * Obtains a scored target lesion at a follow-up, its site taken from baseline.
   *
   * @param id the id of a baseline target, not blank, at most 256 characters, not null
   * @param score the extent score 0-3
   * @return the lesion, not null
   * @throws InvalidInputException with path {@code id} for a blank id, one over 256 characters or
   *     one with a lone surrogate, {@code score} for a score outside 0-3
   */
  public static TargetLesion of(String id, int score) {
    return create(id, Optional.empty(), OptionalInt.of(score), Optional.empty());
  }

  /**
   * Obtains a target lesion that was not evaluable at a follow-up (IMG-10).
   *
   * @param id the id of a baseline target, not blank, at most 256 characters, not null
   * @return the lesion, not null
   * @throws InvalidInputException with path {@code id} for a blank, too long (over 256 characters)
   *     or invalid (lone surrogate) id
   */
  public static TargetLesion notEvaluable(String id) {
    return create(id, Optional.empty(), OptionalInt.empty(), Optional.empty());
  }

  private static TargetLesion create(
      String id, Optional<Site> site, OptionalInt score, Optional<Diameters> diameters) {
    Checks.id("id", id);
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(diameters, "diameters");
    if (score.isPresent()) {
      Checks.inRange("score", score.getAsInt(), 0, MAX_SCORE, "score");
    }
    return new ImmutableTargetLesion.Builder()
        .id(id)
        .site(site)
        .score(score)
        .diameters(diameters)
        .build();
  }

  /**
   * Returns a copy with diameters.
   *
   * @param longMm the longest diameter in mm, finite and above 0
   * @param shortMm the orthogonal diameter in mm, finite, above 0, at most {@code longMm}
   * @return the new lesion, not null
   * @throws InvalidInputException with a {@code diametersMm} path for bad diameters
   */
  public TargetLesion withDiameters(double longMm, double shortMm) {
    return withDiameters(Diameters.of(longMm, shortMm));
  }

  /**
   * Returns a copy with diameters.
   *
   * @param diameters the diameters, not null
   * @return the new lesion, not null
   */
  public TargetLesion withDiameters(Diameters diameters) {
    return create(
        id(), site(), score(), Optional.of(Objects.requireNonNull(diameters, "diameters")));
  }

  /**
   * Returns a copy with its site, e.g. a follow-up target that repeats its baseline site, or a
   * not-evaluable target with its site.
   *
   * @param site the site, not null
   * @return the new lesion, not null
   */
  public TargetLesion withSite(Site site) {
    return create(id(), Optional.of(Objects.requireNonNull(site, "site")), score(), diameters());
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
   * The extent score 0-3 (IMG-2), empty when not evaluable.
   *
   * @return the score, or empty for NE
   */
  public abstract OptionalInt score();

  /**
   * The orthogonal diameters, when measured (IMG-4).
   *
   * @return the diameters, or empty
   */
  public abstract Optional<Diameters> diameters();

  @Override
  public String toString() {
    return id()
        + site().map(s -> " " + s).orElse("")
        + " score "
        + (score().isPresent() ? String.valueOf(score().getAsInt()) : "NE")
        + diameters().map(d -> " " + d).orElse("");
  }
}
