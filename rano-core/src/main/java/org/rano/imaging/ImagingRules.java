package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Objects;
import org.rano.Criteria;
import org.rano.ImagingProgressionReference;
import org.rano.RuleId;
import org.rano.internal.Exact;

/**
 * The rules of the 2017 MRI scorecard, IMG-3 to IMG-15 (spec section 4.3), applied to the
 * follow-ups of one patient in date order. Every threshold is decided on integers.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ImagingRules {
  private ImagingRules() {}

  /**
   * Assesses every follow-up scorecard against baseline. The scorecards are those of a built
   * {@link org.rano.LmCase}, which checked them against the baseline.
   *
   * @param baseline the baseline scorecard, or empty when imaging was not done (every follow-up
   *     is then NE, IMG-14)
   * @param followUps each follow-up's scorecard in date order, empty where imaging was not done
   * @param dates each follow-up's date, as many as scorecards, for the reasons of IMG-15
   * @param criteria the criteria: {@code imagingProgressionReference}, {@code
   *     measurableNodule} and {@code compositeMinIncrease} apply, not null
   * @return one finding per follow-up, in the same order, not null
   */
  public static ImmutableList<ImagingFinding> assessSeries(Optional<Imaging> baseline,
      List<Optional<Imaging>> followUps, List<LocalDate> dates, Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(criteria, "criteria");
    ImmutableList.Builder<ImagingFinding> findings =
        ImmutableList.builderWithExpectedSize(followUps.size());
    if (baseline.isEmpty()) {
      for (Optional<Imaging> followUp : followUps) {
        findings.add(notDone(followUp.isPresent(), OptionalInt.empty(),
            "no imaging at baseline: not evaluable (IMG-14)"));
      }
      return findings.build();
    }
    Imaging base = baseline.get();
    int composite = 0;
    Map<String, Diameters> measurable = new HashMap<>();
    BigDecimal baselineSpd = BigDecimal.ZERO;
    for (TargetLesion target : base.targets()) {
      composite += target.score().orElseThrow();
      if (target.site().orElseThrow().isNodule() && target.diameters().isPresent()
          && target.diameters().get().isMeasurable(criteria.measurableNodule())) {
        measurable.put(target.id(), target.diameters().get());
        baselineSpd = baselineSpd.add(target.diameters().get().product());
      }
    }
    Baseline reference = new Baseline(base, composite,
        measurable.isEmpty() ? Optional.empty() : Optional.of(baselineSpd), measurable);
    int nadir = composite;
    Optional<LocalDate> lastCr = Optional.empty();
    for (int i = 0; i < followUps.size(); i++) {
      Optional<Imaging> followUp = followUps.get(i);
      if (followUp.isEmpty()) {
        findings.add(notDone(false, OptionalInt.of(composite),
            "no imaging at this visit: not evaluable (IMG-14)"));
        continue;
      }
      boolean useNadir = criteria.imagingProgressionReference() == ImagingProgressionReference.NADIR;
      ImagingFinding finding = assess(reference, followUp.get(), useNadir ? nadir : composite,
          useNadir, lastCr, criteria.compositeMinIncrease());
      findings.add(finding);
      if (finding.status() == ImagingStatus.CR) {
        lastCr = Optional.of(dates.get(i));
      }
      if (finding.compositeScore().isPresent()) {
        nadir = Math.min(nadir, finding.compositeScore().getAsInt());
      }
    }
    return findings.build();
  }

  private static ImagingFinding notDone(boolean reported, OptionalInt baselineComposite,
      String reason) {
    return ImagingFinding.builder()
        .status(ImagingStatus.NE)
        .done(reported)
        .baselineCompositeScore(baselineComposite)
        .allNonTargetsAbsent(false)
        .rules(ImmutableList.of(RuleId.IMG_14))
        .reasons(ImmutableList.of(reason))
        .build();
  }

  /** What the baseline contributes to every follow-up. */
  private static final class Baseline {
    final Imaging imaging;
    final int composite;
    final Optional<BigDecimal> spd;
    final Map<String, Diameters> measurable;

    Baseline(Imaging imaging, int composite, Optional<BigDecimal> spd,
        Map<String, Diameters> measurable) {
      this.imaging = imaging;
      this.composite = composite;
      this.spd = spd;
      this.measurable = measurable;
    }
  }

  private static ImagingFinding assess(Baseline base, Imaging visit, int progressionReference,
      boolean useNadir, Optional<LocalDate> lastCr, int minIncrease) {
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    ImmutableList.Builder<Site> unequivocalSites = ImmutableList.builder();
    ImmutableList.Builder<Site> equivocalSites = ImmutableList.builder();
    boolean newLesionPd = false;
    for (NewLesion lesion : visit.newLesions()) {
      rules.add(RuleId.IMG_5);
      if (lesion.equivocal()) {
        equivocalSites.add(lesion.site());
        reasons.add(lesion + ": flagged, blocks CR (IMG-5)");
      } else {
        unequivocalSites.add(lesion.site());
        newLesionPd = true;
        reasons.add(lesion + ": progression (IMG-5)");
      }
    }
    boolean nonTargetPd = false;
    boolean allAbsent = true;
    Map<String, NonTargetStatus> statuses = new HashMap<>();
    for (NonTargetLesion lesion : visit.nonTargets()) {
      statuses.put(lesion.id(), lesion.status());
    }
    for (NonTargetLesion baselineLesion : base.imaging.nonTargets()) {
      NonTargetStatus status = statuses.getOrDefault(baselineLesion.id(), NonTargetStatus.NE);
      if (status != NonTargetStatus.ABSENT) {
        allAbsent = false;
      }
      if (status == NonTargetStatus.UNEQUIVOCAL_PROGRESSION) {
        nonTargetPd = true;
        rules.add(RuleId.IMG_13);
        reasons.add("non-target " + baselineLesion.id() + " progressed unequivocally (IMG-13)");
      } else if (!statuses.containsKey(baselineLesion.id())) {
        reasons.add("non-target " + baselineLesion.id() + " not reported: NE (IMG-13)");
      }
    }

    int evaluable = 0;
    boolean anyTargetNe = false;
    BigDecimal spd = BigDecimal.ZERO;
    boolean spdMeasured = false;
    for (TargetLesion target : visit.targets()) {
      OptionalInt score = target.score();
      if (score.isPresent()) {
        evaluable += score.getAsInt();
      } else {
        anyTargetNe = true;
        reasons.add("target " + target.id() + " not evaluable (IMG-10)");
      }
      Optional<Diameters> diameters = target.diameters();
      if (diameters.isPresent() && base.measurable.containsKey(target.id())) {
        spd = spd.add(diameters.get().product());
        spdMeasured = true;
      }
    }
    int b = base.composite;
    ImmutableImagingFinding.Builder finding = ImagingFinding.builder()
        .done(true)
        .evaluableCompositeScore(evaluable)
        .baselineCompositeScore(b)
        .baselineSpd(base.spd)
        .spd(spdMeasured ? Optional.of(spd) : Optional.empty())
        .unequivocalNewLesionSites(unequivocalSites.build())
        .equivocalNewLesionSites(equivocalSites.build())
        .allNonTargetsAbsent(allAbsent);
    Optional<BigDecimal> change = Optional.empty(); // computed once, for the finding and reason
    if (!anyTargetNe) {
      finding.compositeScore(evaluable);
      if (b > 0) {
        change = Optional.of(Exact.changePercent(evaluable, b));
        finding.compositeChangePercent(change);
      }
    }
    boolean reappeared = lastCr.isPresent() && reappeared(visit, lastCr.get(), reasons);
    if (reappeared) {
      rules.add(RuleId.IMG_15);
    }
    boolean otherPd = newLesionPd || nonTargetPd || reappeared;
    ImagingStatus status;
    if (b == 0) {
      if (otherPd) {
        status = ImagingStatus.PD;
      } else {
        status = ImagingStatus.NOT_APPLICABLE;
        rules.add(RuleId.IMG_11);
        reasons.add("no target disease at baseline: imaging not applicable (IMG-11)");
      }
      return finding.status(status).rules(ImmutableList.copyOf(rules))
          .reasons(reasons.build()).build();
    }
    finding.referenceCompositeScore(progressionReference);
    boolean quarter = Exact.risesByQuarter(evaluable, progressionReference);
    boolean compositePd = quarter && evaluable - progressionReference >= minIncrease;
    if (quarter && !compositePd) {
      reasons.add((anyTargetNe ? "evaluable composite " : "composite ") + evaluable
          + " against " + (useNadir ? "nadir " : "baseline ") + progressionReference
          + ": +25 % or more but less than " + minIncrease + " points higher, not progression "
          + "(compositeMinIncrease, IMG-6)");
    }
    if (compositePd) {
      String versus = useNadir ? "nadir " + progressionReference : "baseline " + b;
      rules.add(RuleId.IMG_6);
      if (useNadir) {
        rules.add(RuleId.IMG_12);
      }
      reasons.add((anyTargetNe ? "evaluable composite " : "composite ") + evaluable
          + " against " + versus + ": +25 % or more (IMG-6" + (useNadir ? ", IMG-12" : "")
          + ")");
    }
    if (anyTargetNe) {
      rules.add(RuleId.IMG_10);
      if (compositePd || otherPd) {
        status = ImagingStatus.PD;
        reasons.add("a target is not evaluable, but progression stands (IMG-10)");
      } else {
        status = ImagingStatus.NE;
        reasons.add("a target is not evaluable and nothing else shows progression (IMG-10)");
      }
    } else if (compositePd || otherPd) {
      status = ImagingStatus.PD;
    } else if (evaluable == 0 && visit.newLesions().isEmpty() && allAbsent) {
      status = ImagingStatus.CR;
      rules.add(RuleId.IMG_7);
      reasons.add("composite " + b + " -> 0, no new lesion, every non-target absent (IMG-7)");
    } else if (Exact.fallsByHalf(evaluable, b)) {
      status = ImagingStatus.PR;
      rules.add(RuleId.IMG_8);
      if (evaluable == 0) {
        reasons.add("composite " + b + " -> 0 but CR is blocked by "
            + (visit.newLesions().isEmpty() ? "a non-target not absent" : "a new lesion")
            + " (IMG-7)");
      }
      reasons.add("composite " + b + " -> " + evaluable + " ("
          + change.orElseThrow().toPlainString() + " %): -50 % or more (IMG-8)");
    } else {
      status = ImagingStatus.SD;
      rules.add(RuleId.IMG_9);
      reasons.add("composite " + b + " -> " + evaluable + " ("
          + change.orElseThrow().toPlainString() + " %): neither -50 % nor +25 % (IMG-9)");
    }
    return finding.status(status).rules(ImmutableList.copyOf(rules)).reasons(reasons.build())
        .build();
  }

  /**
   * IMG-15: whether disease is seen again after the radiological CR of {@code cr}: a target
   * scored 1 or more, or a non-target PRESENT. Adds the reason naming each such lesion.
   */
  private static boolean reappeared(Imaging visit, LocalDate cr,
      ImmutableList.Builder<String> reasons) {
    List<String> seen = new ArrayList<>(2);
    for (TargetLesion target : visit.targets()) {
      if (target.score().orElse(0) >= 1) {
        seen.add("target " + target.id() + " scored " + target.score().getAsInt());
      }
    }
    for (NonTargetLesion lesion : visit.nonTargets()) {
      if (lesion.status() == NonTargetStatus.PRESENT) {
        seen.add("non-target " + lesion.id() + " PRESENT");
      }
    }
    if (seen.isEmpty()) {
      return false;
    }
    reasons.add("disease seen again after the radiological CR of " + cr + ": "
        + String.join(", ", seen) + " (IMG-15)");
    return true;
  }
}
