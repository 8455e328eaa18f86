package org.rano;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.internal.Exact;

/**
 * The rules of the 2017 MRI scorecard, IMG-3 to IMG-15 (spec section 4.3), applied to the
 * follow-ups of one patient in date order. Every threshold is decided on integers.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ImagingRules {
  private ImagingRules() {}

  /**
   * Assesses every follow-up scorecard against baseline. The scorecards are those of a built {@link
   * org.rano.LmCase}, which checked them against the baseline.
   *
   * @param baseline the baseline scorecard, or empty when imaging was not done (every follow-up is
   *     then NE, IMG-14)
   * @param followUps each follow-up's scorecard in date order, empty where imaging was not done
   * @param dates each follow-up's date, as many as scorecards, for the reasons of IMG-15
   * @param criteria the criteria: {@code imagingProgressionReference}, {@code measurableNodule} and
   *     {@code compositeMinIncrease} apply, not null
   * @return one finding per follow-up, in the same order, not null
   */
  public static ImmutableList<ImagingFinding> assessSeries(
      Optional<Imaging> baseline,
      List<Optional<Imaging>> followUps,
      List<LocalDate> dates,
      Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(criteria, "criteria");
    ImmutableList.Builder<ImagingFinding> findings =
        ImmutableList.builderWithExpectedSize(followUps.size());
    if (baseline.isEmpty()) {
      for (Optional<Imaging> followUp : followUps) {
        findings.add(
            notDone(
                followUp.isPresent(),
                OptionalInt.empty(),
                Reason.of(ReasonKind.IMAGING_NO_BASELINE)));
      }
      return findings.build();
    }
    Imaging base = baseline.get();
    int composite = 0;
    Map<String, Diameters> measurable = new HashMap<>();
    BigDecimal baselineSpd = BigDecimal.ZERO;
    for (TargetLesion target : base.targets()) {
      composite += target.score().orElseThrow();
      if (target.site().orElseThrow().isNodule()
          && target.diameters().isPresent()
          && target.diameters().get().isMeasurable(criteria.measurableNodule())) {
        measurable.put(target.id(), target.diameters().get());
        baselineSpd = baselineSpd.add(target.diameters().get().product());
      }
    }
    Baseline reference =
        new Baseline(
            base,
            composite,
            measurable.isEmpty() ? Optional.empty() : Optional.of(baselineSpd),
            measurable);
    int nadir = composite;
    Optional<LocalDate> lastCr = Optional.empty();
    for (int i = 0; i < followUps.size(); i++) {
      Optional<Imaging> followUp = followUps.get(i);
      if (followUp.isEmpty()) {
        findings.add(
            notDone(false, OptionalInt.of(composite), Reason.of(ReasonKind.IMAGING_NOT_DONE)));
        continue;
      }
      boolean useNadir =
          criteria.imagingProgressionReference() == ImagingProgressionReference.NADIR;
      ImagingFinding finding =
          assess(
              reference,
              followUp.get(),
              useNadir ? nadir : composite,
              useNadir,
              lastCr,
              criteria.compositeMinIncrease());
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

  private static ImagingFinding notDone(
      boolean reported, OptionalInt baselineComposite, Reason reason) {
    ImagingFinding.Builder finding =
        ImagingFinding.builder()
            .status(ImagingStatus.NE)
            .done(reported)
            .allNonTargetsAbsent(false)
            .rules(ImmutableList.of(RuleId.IMG_14))
            .reasons(ImmutableList.of(reason));
    baselineComposite.ifPresent(finding::baselineCompositeScore);
    return finding.build();
  }

  /** What the baseline contributes to every follow-up. */
  private static final class Baseline {
    final Imaging imaging;
    final int composite;
    final Optional<BigDecimal> spd;
    final Map<String, Diameters> measurable;

    Baseline(
        Imaging imaging,
        int composite,
        Optional<BigDecimal> spd,
        Map<String, Diameters> measurable) {
      this.imaging = imaging;
      this.composite = composite;
      this.spd = spd;
      this.measurable = measurable;
    }
  }

  private static ImagingFinding assess(
      Baseline base,
      Imaging visit,
      int progressionReference,
      boolean useNadir,
      Optional<LocalDate> lastCr,
      int minIncrease) {
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    ImmutableList.Builder<Site> unequivocalSites = ImmutableList.builder();
    ImmutableList.Builder<Site> equivocalSites = ImmutableList.builder();
    boolean newLesionPd = false;
    for (NewLesion lesion : visit.newLesions()) {
      rules.add(RuleId.IMG_5);
      if (lesion.equivocal()) {
        equivocalSites.add(lesion.site());
        reasons.add(
            Reason.builder(ReasonKind.IMAGING_EQUIVOCAL_NEW_LESION)
                .with(Fact.SITE, lesion.site())
                .build());
      } else {
        unequivocalSites.add(lesion.site());
        newLesionPd = true;
        reasons.add(
            Reason.builder(ReasonKind.IMAGING_NEW_LESION).with(Fact.SITE, lesion.site()).build());
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
        reasons.add(lesion(ReasonKind.IMAGING_NON_TARGET_PROGRESSED, baselineLesion.id()).build());
      } else if (!statuses.containsKey(baselineLesion.id())) {
        reasons.add(
            lesion(ReasonKind.IMAGING_NON_TARGET_NOT_REPORTED, baselineLesion.id()).build());
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
        reasons.add(lesion(ReasonKind.IMAGING_TARGET_NOT_EVALUABLE, target.id()).build());
      }
      Optional<Diameters> diameters = target.diameters();
      if (diameters.isPresent() && base.measurable.containsKey(target.id())) {
        spd = spd.add(diameters.get().product());
        spdMeasured = true;
      }
    }
    int b = base.composite;
    ImagingFinding.Builder finding =
        ImagingFinding.builder()
            .done(true)
            .evaluableCompositeScore(evaluable)
            .baselineCompositeScore(b)
            .unequivocalNewLesionSites(unequivocalSites.build())
            .equivocalNewLesionSites(equivocalSites.build())
            .allNonTargetsAbsent(allAbsent);
    base.spd.ifPresent(finding::baselineSpd);
    if (spdMeasured) {
      finding.spd(spd);
    }
    Optional<BigDecimal> change = Optional.empty(); // computed once, for the finding and reason
    if (!anyTargetNe) {
      finding.compositeScore(evaluable);
      if (b > 0) {
        change = Optional.of(Exact.changePercent(evaluable, b));
        finding.compositeChangePercent(change.get());
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
        reasons.add(Reason.of(ReasonKind.IMAGING_NO_TARGET_DISEASE));
      }
      return finding
          .status(status)
          .rules(ImmutableList.copyOf(rules))
          .reasons(reasons.build())
          .build();
    }
    finding.referenceCompositeScore(progressionReference);
    boolean quarter = Exact.risesByQuarter(evaluable, progressionReference);
    boolean compositePd = quarter && evaluable - progressionReference >= minIncrease;
    if (quarter) {
      Reason.Builder rise =
          Reason.builder(
                  compositePd
                      ? ReasonKind.IMAGING_COMPOSITE_PROGRESSION
                      : ReasonKind.IMAGING_RISE_BELOW_MIN_INCREASE)
              .with(Fact.COMPOSITE_BEFORE, progressionReference)
              .with(Fact.COMPOSITE_AFTER, evaluable)
              .with(Fact.EVALUABLE_ONLY, anyTargetNe)
              .with(
                  Fact.IMAGING_REFERENCE,
                  useNadir
                      ? ImagingProgressionReference.NADIR
                      : ImagingProgressionReference.BASELINE);
      if (progressionReference > 0) {
        rise.with(Fact.PERCENT, Exact.changePercent(evaluable, progressionReference));
      }
      if (!compositePd) {
        rise.with(Fact.MIN_INCREASE, minIncrease);
      }
      reasons.add(rise.build());
    }
    if (compositePd) {
      rules.add(RuleId.IMG_6);
      if (useNadir) {
        rules.add(RuleId.IMG_12);
        reasons.add(
            Reason.builder(ReasonKind.IMAGING_NADIR_REFERENCE)
                .with(Fact.COMPOSITE_BEFORE, progressionReference)
                .build());
      }
    }
    if (anyTargetNe) {
      rules.add(RuleId.IMG_10);
      if (compositePd || otherPd) {
        status = ImagingStatus.PD;
        reasons.add(Reason.of(ReasonKind.IMAGING_TARGET_NE_PROGRESSION_STANDS));
      } else {
        status = ImagingStatus.NE;
        reasons.add(Reason.of(ReasonKind.IMAGING_TARGET_NE));
      }
    } else if (compositePd || otherPd) {
      status = ImagingStatus.PD;
    } else if (evaluable == 0 && visit.newLesions().isEmpty() && allAbsent) {
      status = ImagingStatus.CR;
      rules.add(RuleId.IMG_7);
      reasons.add(composites(ReasonKind.IMAGING_COMPLETE_RESPONSE, b, evaluable, change));
    } else if (Exact.fallsByHalf(evaluable, b)) {
      status = ImagingStatus.PR;
      rules.add(RuleId.IMG_8);
      if (evaluable == 0) {
        reasons.add(
            composites(
                visit.newLesions().isEmpty()
                    ? ReasonKind.IMAGING_CR_BLOCKED_BY_NON_TARGET
                    : ReasonKind.IMAGING_CR_BLOCKED_BY_NEW_LESION,
                b,
                evaluable,
                Optional.empty()));
      }
      reasons.add(composites(ReasonKind.IMAGING_PARTIAL_RESPONSE, b, evaluable, change));
    } else {
      status = ImagingStatus.SD;
      rules.add(RuleId.IMG_9);
      reasons.add(composites(ReasonKind.IMAGING_STABLE, b, evaluable, change));
    }
    return finding
        .status(status)
        .rules(ImmutableList.copyOf(rules))
        .reasons(reasons.build())
        .build();
  }

  /** A reason about a lesion, by its id. */
  private static Reason.Builder lesion(ReasonKind kind, String id) {
    return Reason.builder(kind).with(Fact.LESION, id);
  }

  /** A reason about the composite: baseline, follow-up and, where the kind has it, the change. */
  private static Reason composites(
      ReasonKind kind, int baseline, int followUp, Optional<BigDecimal> change) {
    Reason.Builder reason =
        Reason.builder(kind)
            .with(Fact.COMPOSITE_BEFORE, baseline)
            .with(Fact.COMPOSITE_AFTER, followUp);
    change.ifPresent(percent -> reason.with(Fact.PERCENT, percent));
    return reason.build();
  }

  /**
   * IMG-15: whether disease is seen again after the radiological CR of {@code cr}: a target scored
   * 1 or more, or a non-target PRESENT. Adds a reason naming each such lesion.
   */
  private static boolean reappeared(
      Imaging visit, LocalDate cr, ImmutableList.Builder<Reason> reasons) {
    boolean seen = false;
    for (TargetLesion target : visit.targets()) {
      if (target.score().orElse(0) >= 1) {
        seen = true;
        reasons.add(
            lesion(ReasonKind.IMAGING_TARGET_SEEN_AGAIN, target.id())
                .with(Fact.SCORE, target.score().getAsInt())
                .with(Fact.CR_DATE, cr)
                .build());
      }
    }
    for (NonTargetLesion lesion : visit.nonTargets()) {
      if (lesion.status() == NonTargetStatus.PRESENT) {
        seen = true;
        reasons.add(
            lesion(ReasonKind.IMAGING_NON_TARGET_SEEN_AGAIN, lesion.id())
                .with(Fact.CR_DATE, cr)
                .build());
      }
    }
    return seen;
  }
}
