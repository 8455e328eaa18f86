package org.rano;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.rano.imaging.Imaging;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.internal.Checks;

/**
 * The checks of a scorecard in its role in a case, run once by {@link LmCase.Builder} as each visit
 * is added: a baseline scorecard against the rules for a baseline, a follow-up scorecard against
 * its baseline. Paths are relative to the visit.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CaseChecks {

  private CaseChecks() {}

  /**
   * Checks that this scorecard can be a baseline: every target has a site and a score of 1-3, every
   * non-target a site and no progression, and no lesion is new (IMG-1, IMG-2, IMG-13).
   *
   * @throws InvalidInputException naming the first offending field, relative to the visit
   */
  static void imagingBaseline(Imaging scorecard) {
    // Paths are built only for an error: this check runs for every case read.
    for (int i = 0; i < scorecard.targets().size(); i++) {
      TargetLesion target = scorecard.targets().get(i);
      if (target.site().isEmpty()) {
        throw InvalidInputException.of(
            Checks.at("targets", i) + ".site",
            null,
            "is missing; a " + "baseline target names its site");
      }
      OptionalInt score = target.score();
      if (score.isEmpty()) {
        throw InvalidInputException.of(
            Checks.at("targets", i) + ".score",
            "NE",
            "NE is not "
                + "allowed for a baseline target; allowed: 1..3 (IMG-1: a target is present at "
                + "baseline)");
      }
      if (score.getAsInt() < 1 || score.getAsInt() > TargetLesion.MAX_SCORE) {
        Checks.inRange(
            Checks.at("targets", i) + ".score",
            score.getAsInt(),
            1,
            TargetLesion.MAX_SCORE,
            "baseline score");
      }
    }
    for (int i = 0; i < scorecard.nonTargets().size(); i++) {
      NonTargetLesion nonTarget = scorecard.nonTargets().get(i);
      if (nonTarget.site().isEmpty()) {
        throw InvalidInputException.of(
            Checks.at("nonTargets", i) + ".site",
            null,
            "is " + "missing; a baseline non-target names its site");
      }
      if (nonTarget.status() == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
        throw InvalidInputException.of(
            Checks.at("nonTargets", i) + ".status",
            nonTarget.status(),
            "UNEQUIVOCAL_PROGRESSION needs a reference; allowed at "
                + "baseline: ABSENT, PRESENT, NE (IMG-13)");
      }
    }
    if (!scorecard.newLesions().isEmpty()) {
      throw InvalidInputException.of(
          "newLesions",
          scorecard.newLesions().size() + " new lesion(s)",
          "new lesions are reported at follow-ups only; report baseline disease as targets "
              + "or non-targets (IMG-5)");
    }
  }

  /**
   * Checks that this follow-up scorecard fits its baseline: every baseline target is listed once,
   * no target or non-target is unknown, and repeated sites match (IMG-1, IMG-13, IMG-14).
   *
   * @throws InvalidInputException naming the first offending field, relative to the visit
   */
  static void imagingFollowUp(Imaging scorecard, Imaging baseline) {
    // Lesions are few: each is found in the baseline's list by a scan, without building maps, as
    // this check runs for every follow-up read. Paths are built only for an error.
    List<TargetLesion> baseTargets = baseline.targets();
    for (int i = 0; i < scorecard.targets().size(); i++) {
      TargetLesion target = scorecard.targets().get(i);
      TargetLesion atBaseline = findTarget(baseTargets, target.id());
      if (atBaseline == null) {
        throw InvalidInputException.of(
            Checks.at("targets", i) + ".id",
            target.id(),
            "\""
                + target.id()
                + "\" is not a baseline target; allowed: "
                + idList(baseTargets.stream().map(TargetLesion::id).toList())
                + " (IMG-1: targets are fixed at baseline; report "
                + "new disease as a new lesion)");
      }
      requireSameSite("targets", i, target.site(), atBaseline.site().orElseThrow());
    }
    List<NonTargetLesion> baseNonTargets = baseline.nonTargets();
    // Non-targets have no upper bound: beyond a few, a map keeps the check linear.
    @Nullable Map<String, NonTargetLesion> byId = null;
    if (baseNonTargets.size() > 16) {
      byId = new HashMap<>();
      for (NonTargetLesion nonTarget : baseNonTargets) {
        byId.put(nonTarget.id(), nonTarget);
      }
    }
    for (int i = 0; i < scorecard.nonTargets().size(); i++) {
      NonTargetLesion nonTarget = scorecard.nonTargets().get(i);
      NonTargetLesion atBaseline =
          byId != null ? byId.get(nonTarget.id()) : findNonTarget(baseNonTargets, nonTarget.id());
      if (atBaseline == null) {
        throw InvalidInputException.of(
            Checks.at("nonTargets", i) + ".id",
            nonTarget.id(),
            "\""
                + nonTarget.id()
                + "\" is not a baseline non-target; allowed: "
                + idList(baseNonTargets.stream().map(NonTargetLesion::id).toList())
                + " (IMG-13)");
      }
      requireSameSite("nonTargets", i, nonTarget.site(), atBaseline.site().orElseThrow());
    }
    for (TargetLesion target : baseTargets) {
      if (findTarget(scorecard.targets(), target.id()) == null) {
        throw InvalidInputException.of(
            "targets",
            target.id(),
            "baseline target \""
                + target.id()
                + "\" is missing; a follow-up with imaging lists every baseline "
                + "target, scored or NE (IMG-14)");
      }
    }
  }

  private static @Nullable TargetLesion findTarget(List<TargetLesion> targets, String id) {
    for (TargetLesion target : targets) {
      if (target.id().equals(id)) {
        return target;
      }
    }
    return null;
  }

  private static @Nullable NonTargetLesion findNonTarget(
      List<NonTargetLesion> nonTargets, String id) {
    for (NonTargetLesion nonTarget : nonTargets) {
      if (nonTarget.id().equals(id)) {
        return nonTarget;
      }
    }
    return null;
  }

  private static void requireSameSite(
      String array, int index, Optional<Site> given, Site baseline) {
    if (given.isPresent() && given.get() != baseline) {
      throw InvalidInputException.of(
          Checks.at(array, index) + ".site",
          given.get(),
          "site "
              + given.get()
              + " differs from the baseline site; allowed: "
              + baseline
              + " or leave it out");
    }
  }

  private static String idList(java.util.Collection<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids.stream().sorted().toList());
  }

  /**
   * Checks that this scorecard can be a baseline: no item carries a change.
   *
   * @throws InvalidInputException with path {@code lano2019.<item>.change} for a change at baseline
   */
  static void lanoBaseline(Lano2019Imaging scorecard) {
    scorecard
        .ratings()
        .forEach(
            (item, rating) -> {
              if (rating.change().isPresent()) {
                throw InvalidInputException.of(
                    "lano2019." + item.key() + ".change",
                    rating.change().get(),
                    "a change is rated at follow-ups only (against the baseline); leave change out at "
                        + "baseline");
              }
            });
  }

  /**
   * Checks that this scorecard can be a follow-up: every item carries its change.
   *
   * @throws InvalidInputException with path {@code lano2019.<item>.change} for a missing change
   */
  static void lanoFollowUp(Lano2019Imaging scorecard) {
    scorecard
        .ratings()
        .forEach(
            (item, rating) -> {
              if (rating.change().isEmpty()) {
                throw InvalidInputException.of(
                    "lano2019." + item.key() + ".change",
                    null,
                    "is missing; allowed " + "at follow-ups: IMPROVED, NO_CHANGE, WORSE, NE");
              }
            });
  }
}
