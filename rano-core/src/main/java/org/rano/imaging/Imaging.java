package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Objects;
import org.immutables.value.Value;
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
public abstract class Imaging {

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
   * @throws InvalidInputException with path {@code targets} for more than five targets, or
   *     {@code targets[i].id} / {@code nonTargets[i].id} for an id used twice
   */
  public static Imaging of(List<TargetLesion> targets, List<NonTargetLesion> nonTargets,
      List<NewLesion> newLesions) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(nonTargets, "nonTargets");
    Objects.requireNonNull(newLesions, "newLesions");
    if (targets.size() > MAX_TARGETS) {
      throw InvalidInputException.of("targets", targets.size(),
          targets.size() + " target lesions; allowed: at most " + MAX_TARGETS + " (IMG-1)");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      requireNewId(ids, targets.get(i).id(), Checks.at("targets", i) + ".id");
    }
    for (int i = 0; i < nonTargets.size(); i++) {
      requireNewId(ids, nonTargets.get(i).id(), Checks.at("nonTargets", i) + ".id");
    }
    return new ImmutableImaging.Builder().targets(targets).nonTargets(nonTargets)
        .newLesions(newLesions).build();
  }

  private static void requireNewId(Set<String> ids, String id, String path) {
    if (!ids.add(id)) {
      throw InvalidInputException.of(path, id, "lesion id \"" + id
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

  /**
   * Checks that this scorecard can be a baseline: every target has a site and a score of 1-3,
   * every non-target a site and no progression, and no lesion is new (IMG-1, IMG-2, IMG-13).
   *
   * @throws InvalidInputException naming the first offending field, relative to the scorecard
   */
  public void checkBaseline() {
    // Paths are built only for an error: this check runs for every case read.
    for (int i = 0; i < targets().size(); i++) {
      TargetLesion target = targets().get(i);
      if (target.site().isEmpty()) {
        throw InvalidInputException.of(Checks.at("targets", i) + ".site", null, "is missing; a "
            + "baseline target names its site");
      }
      OptionalInt score = target.score();
      if (score.isEmpty()) {
        throw InvalidInputException.of(Checks.at("targets", i) + ".score", "NE", "NE is not "
            + "allowed for a baseline target; allowed: 1..3 (IMG-1: a target is present at "
            + "baseline)");
      }
      if (score.getAsInt() < 1 || score.getAsInt() > TargetLesion.MAX_SCORE) {
        Checks.inRange(Checks.at("targets", i) + ".score", score.getAsInt(), 1,
            TargetLesion.MAX_SCORE, "baseline score");
      }
    }
    for (int i = 0; i < nonTargets().size(); i++) {
      NonTargetLesion nonTarget = nonTargets().get(i);
      if (nonTarget.site().isEmpty()) {
        throw InvalidInputException.of(Checks.at("nonTargets", i) + ".site", null, "is "
            + "missing; a baseline non-target names its site");
      }
      if (nonTarget.status() == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
        throw InvalidInputException.of(Checks.at("nonTargets", i) + ".status",
            nonTarget.status(), "UNEQUIVOCAL_PROGRESSION needs a reference; allowed at "
                + "baseline: ABSENT, PRESENT, NE (IMG-13)");
      }
    }
    if (!newLesions().isEmpty()) {
      throw InvalidInputException.of("newLesions", newLesions().size() + " new lesion(s)",
          "new lesions are reported at follow-ups only; report baseline disease as targets "
              + "or non-targets (IMG-5)");
    }
  }

  /**
   * Checks that this follow-up scorecard fits its baseline: every baseline target is listed
   * once, no target or non-target is unknown, and repeated sites match (IMG-1, IMG-13, IMG-14).
   *
   * @param baseline the baseline scorecard, not null
   * @throws InvalidInputException naming the first offending field, relative to the scorecard
   */
  public void checkFollowUp(Imaging baseline) {
    Objects.requireNonNull(baseline, "baseline");
    Map<String, Site> targetSites = new HashMap<>();
    for (TargetLesion target : baseline.targets()) {
      targetSites.put(target.id(), target.site().orElseThrow());
    }
    Map<String, Site> nonTargetSites = new HashMap<>();
    for (NonTargetLesion nonTarget : baseline.nonTargets()) {
      nonTargetSites.put(nonTarget.id(), nonTarget.site().orElseThrow());
    }
    // Paths are built only for an error: this check runs for every follow-up read.
    for (int i = 0; i < targets().size(); i++) {
      TargetLesion target = targets().get(i);
      Site site = targetSites.get(target.id());
      if (site == null) {
        throw InvalidInputException.of(Checks.at("targets", i) + ".id", target.id(), "\""
            + target.id() + "\" is not a baseline target; allowed: "
            + idList(targetSites.keySet()) + " (IMG-1: targets are fixed at baseline; report "
            + "new disease as a new lesion)");
      }
      requireSameSite("targets", i, target.site(), site);
    }
    for (int i = 0; i < nonTargets().size(); i++) {
      NonTargetLesion nonTarget = nonTargets().get(i);
      Site site = nonTargetSites.get(nonTarget.id());
      if (site == null) {
        throw InvalidInputException.of(Checks.at("nonTargets", i) + ".id", nonTarget.id(),
            "\"" + nonTarget.id() + "\" is not a baseline non-target; allowed: "
                + idList(nonTargetSites.keySet()) + " (IMG-13)");
      }
      requireSameSite("nonTargets", i, nonTarget.site(), site);
    }
    Set<String> listed = new HashSet<>();
    for (TargetLesion target : targets()) {
      listed.add(target.id());
    }
    for (TargetLesion target : baseline.targets()) {
      if (!listed.contains(target.id())) {
        throw InvalidInputException.of("targets", target.id(), "baseline target \""
            + target.id() + "\" is missing; a follow-up with imaging lists every baseline "
            + "target, scored or NE (IMG-14)");
      }
    }
  }

  private static void requireSameSite(String array, int index, Optional<Site> given,
      Site baseline) {
    if (given.isPresent() && given.get() != baseline) {
      throw InvalidInputException.of(Checks.at(array, index) + ".site", given.get(), "site "
          + given.get()
          + " differs from the baseline site; allowed: " + baseline + " or leave it out");
    }
  }

  private static String idList(Set<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids.stream().sorted().toList());
  }
}
