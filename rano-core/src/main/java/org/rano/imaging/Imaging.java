package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.rano.ImagingProfile;
import org.rano.InvalidInputException;
import org.rano.internal.Checks;

/**
 * The MRI scorecard of one visit under the 2017 profile (spec section 4): target lesions,
 * non-target lesions and, at follow-ups, new lesions. A visit without imaging has no {@code
 * Imaging} at all (IMG-14); an MRI without any lesion is {@link #none()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Imaging implements Scorecard {

  /** The most target lesions a reader may select (IMG-1). */
  public static final int MAX_TARGETS = 5;

  Imaging() {}

  /**
   * Holds the empty scorecard, so that initialising {@code Imaging} does not initialise its
   * generated subclass (a class-initialisation deadlock risk).
   */
  private static final class Defaults {
    static final Imaging NONE = new ImmutableImaging.Builder().build();

    private Defaults() {}
  }

  /**
   * Obtains an MRI without any lesion: a normal MRI at baseline (IMG-11), or a follow-up of a
   * patient without baseline lesions that found nothing.
   *
   * @return the scorecard, not null
   */
  public static Imaging none() {
    return Defaults.NONE;
  }

  /**
   * Obtains a scorecard.
   *
   * @param targets the target lesions, at most five (IMG-1), not null
   * @param nonTargets the non-target lesions, not null
   * @param newLesions the new lesions (follow-ups only), not null
   * @return the scorecard, not null
   * @throws InvalidInputException with path {@code targets} for more than five targets, or {@code
   *     targets[i].id} / {@code nonTargets[i].id} for an id used twice
   */
  public static Imaging of(
      List<TargetLesion> targets, List<NonTargetLesion> nonTargets, List<NewLesion> newLesions) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(nonTargets, "nonTargets");
    Objects.requireNonNull(newLesions, "newLesions");
    if (targets.size() > MAX_TARGETS) {
      throw InvalidInputException.of(
          "targets",
          targets.size(),
          targets.size() + " target lesions; allowed: at most " + MAX_TARGETS + " (IMG-1)");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      requireNewId(ids, targets.get(i).id(), "targets", i);
    }
    for (int i = 0; i < nonTargets.size(); i++) {
      requireNewId(ids, nonTargets.get(i).id(), "nonTargets", i);
    }
    return new ImmutableImaging.Builder()
        .targets(targets)
        .nonTargets(nonTargets)
        .newLesions(newLesions)
        .build();
  }

  /** IMG-1: fails when an id is used twice; the path ({@code targets[i].id}) made only then. */
  private static void requireNewId(Set<String> ids, String id, String array, int index) {
    if (!ids.add(id)) {
      throw InvalidInputException.of(
          Checks.at(array, index) + ".id",
          id,
          "lesion id \""
              + id
              + "\" is used twice; allowed: ids unique across targets and non-targets (IMG-1)");
    }
  }

  /**
   * The target lesions.
   *
   * @return the targets, at most five, not null
   */
  public abstract ImmutableList<TargetLesion> targets();

  /**
   * The non-target lesions.
   *
   * @return the non-targets, not null
   */
  public abstract ImmutableList<NonTargetLesion> nonTargets();

  /**
   * The new lesions (follow-ups only).
   *
   * @return the new lesions, not null
   */
  public abstract ImmutableList<NewLesion> newLesions();

  @Override
  public final ImagingProfile profile() {
    return ImagingProfile.RANO_LM_2017;
  }

  @Override
  public final String field() {
    return "targets";
  }
}
