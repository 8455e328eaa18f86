package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** Seeded QuickTheories properties of one follow-up: PD dominance, monotonicity, invariance. */
class VisitPropertiesTest {

  private static final long SEED = 0x5EED_2026L;
  private static final int EXAMPLES = 1500;
  private static final List<Domain> DOMAINS = Lano.INSTRUMENT.domains();
  private static final Site[] SITES = Site.values();

  /** A neurological value in a scenario: a level or NE (-1), possibly attributed. */
  record Level(int level, boolean attributed) {
    DomainValue value() {
      if (level < 0) {
        return DomainValue.notEvaluable("not examined");
      }
      return attributed
          ? DomainValue.attributed(level, Attribution.OTHER)
          : DomainValue.level(level);
    }
  }

  /**
   * One baseline and one follow-up as plain data, so that properties can change one thing and
   * rebuild. Target scores: -1 is NE. Follow-up non-targets: empty is left out. An empty exam list
   * means no exam.
   */
  record Scenario(
      List<Level> baseNeuro,
      List<Level> followUpNeuro,
      Optional<CsfSample> baseCsf,
      Optional<CsfSample> followUpCsf,
      boolean baseImaging,
      boolean followUpImaging,
      List<Integer> baseScores,
      List<Integer> followUpScores,
      List<NonTargetStatus> baseNonTargets,
      List<Optional<NonTargetStatus>> followUpNonTargets,
      List<NewLesion> newLesions,
      Optional<BigDecimal> baseSteroids,
      Optional<BigDecimal> followUpSteroids,
      Criteria criteria) {

    Visit baseline(List<Integer> targetOrder, List<Integer> nonTargetOrder) {
      Visit.Builder visit = Visit.on(Fixtures.BASELINE_DATE);
      exam(baseNeuro).ifPresent(visit::neuro);
      baseCsf.ifPresent(visit::csf);
      baseSteroids.ifPresent(visit::steroids);
      if (baseImaging) {
        visit.imagingDone();
        for (int i : targetOrder) {
          visit.target("T" + i, SITES[i % SITES.length], baseScores.get(i));
        }
        for (int i : nonTargetOrder) {
          visit.nonTarget("N" + i, SITES[(i + 3) % SITES.length], baseNonTargets.get(i));
        }
      }
      return visit.build();
    }

    Visit followUp(List<Integer> targetOrder, List<Integer> nonTargetOrder) {
      Visit.Builder visit = Visit.on(Fixtures.day(Fixtures.FIRST_FOLLOW_UP_DAY));
      exam(followUpNeuro).ifPresent(visit::neuro);
      followUpCsf.ifPresent(visit::csf);
      followUpSteroids.ifPresent(visit::steroids);
      if (followUpImaging) {
        visit.imagingDone();
        if (baseImaging) {
          for (int i : targetOrder) {
            int score = followUpScores.get(i);
            visit.target(
                score < 0 ? TargetLesion.notEvaluable("T" + i) : TargetLesion.of("T" + i, score));
          }
          for (int i : nonTargetOrder) {
            int index = i;
            followUpNonTargets.get(i).ifPresent(s -> visit.nonTarget("N" + index, s));
          }
        }
        newLesions.forEach(visit::newLesion);
      }
      return visit.build();
    }

    VisitAssessment assess() {
      return assess(
          inOrder(baseScores.size()),
          inOrder(baseNonTargets.size()),
          inOrder(baseScores.size()),
          inOrder(baseNonTargets.size()));
    }

    VisitAssessment assess(
        List<Integer> baseTargets,
        List<Integer> baseNonTargetOrder,
        List<Integer> followUpTargets,
        List<Integer> followUpNonTargetOrder) {
      return RanoLm.of(criteria)
          .assessVisit(
              baseline(baseTargets, baseNonTargetOrder),
              followUp(followUpTargets, followUpNonTargetOrder));
    }

    private static Optional<NeuroExam> exam(List<Level> levels) {
      if (levels.isEmpty()) {
        return Optional.empty();
      }
      NeuroExam exam = NeuroExam.normal();
      for (int d = 0; d < DOMAINS.size(); d++) {
        exam = exam.with(DOMAINS.get(d), levels.get(d).value());
      }
      return Optional.of(exam);
    }

    Scenario withNeuro(List<Level> base, List<Level> followUp) {
      return new Scenario(
          base,
          followUp,
          baseCsf,
          followUpCsf,
          baseImaging,
          followUpImaging,
          baseScores,
          followUpScores,
          baseNonTargets,
          followUpNonTargets,
          newLesions,
          baseSteroids,
          followUpSteroids,
          criteria);
    }

    Scenario withCsf(CsfSample base, CsfSample followUp, Criteria newCriteria) {
      return new Scenario(
          baseNeuro,
          followUpNeuro,
          Optional.of(base),
          Optional.of(followUp),
          baseImaging,
          followUpImaging,
          baseScores,
          followUpScores,
          baseNonTargets,
          followUpNonTargets,
          newLesions,
          baseSteroids,
          followUpSteroids,
          newCriteria);
    }

    Scenario withImaging(
        List<Integer> base,
        List<Integer> followUp,
        List<NonTargetStatus> baseNon,
        List<Optional<NonTargetStatus>> followUpNon,
        List<NewLesion> lesions) {
      return new Scenario(
          baseNeuro,
          followUpNeuro,
          baseCsf,
          followUpCsf,
          true,
          true,
          base,
          followUp,
          baseNon,
          followUpNon,
          lesions,
          baseSteroids,
          followUpSteroids,
          criteria);
    }
  }

  // Generators: a few small helpers over QuickTheories' Generate

  private static int between(org.quicktheories.core.RandomnessSource rs, int low, int high) {
    return Generate.range(low, high).generate(rs);
  }

  private static Gen<Criteria> criteria() {
    return rs ->
        Criteria.defaults()
            .withNeuroImprovement(Generate.enumValues(NeuroImprovement.class).generate(rs))
            .withNeuroMissingDomains(Generate.enumValues(NeuroMissingDomains.class).generate(rs))
            .withNeuroReference(Generate.enumValues(NeuroReference.class).generate(rs))
            .withImagingProgressionReference(
                Generate.enumValues(ImagingProgressionReference.class).generate(rs))
            .withMeasurableNodule(Generate.enumValues(MeasurableNodule.class).generate(rs))
            .withResponseRequiresCsfClearance(between(rs, 0, 1) == 1)
            .withCrRequiresNoSteroids(between(rs, 0, 1) == 1)
            .withCsfConversionIsProgression(between(rs, 0, 3) > 0);
  }

  /** A baseline exam: mostly low levels, rarely NE, sometimes no exam at all. */
  private static Gen<List<Level>> baselineExams() {
    return rs -> {
      if (between(rs, 0, 19) == 0) {
        return List.of();
      }
      List<Level> levels = new ArrayList<>();
      for (Domain domain : DOMAINS) {
        int level =
            between(rs, 0, 199) == 0
                ? -1
                : between(rs, 0, 2) == 0 ? between(rs, 0, domain.maxLevel()) : 0;
        levels.add(new Level(level, false));
      }
      return levels;
    };
  }

  /** A follow-up exam near its baseline: mostly unchanged, sometimes one or two levels off. */
  private static List<Level> followUpExam(
      org.quicktheories.core.RandomnessSource rs, List<Level> baseline) {
    if (between(rs, 0, 19) == 0) {
      return List.of();
    }
    List<Level> levels = new ArrayList<>();
    for (int d = 0; d < DOMAINS.size(); d++) {
      int max = DOMAINS.get(d).maxLevel();
      int from = baseline.isEmpty() || baseline.get(d).level() < 0 ? 0 : baseline.get(d).level();
      int change = between(rs, 0, 199);
      int delta = change < 170 ? 0 : change < 182 ? -1 : change < 190 ? 1 : change < 194 ? -2 : 2;
      int level = change == 199 ? -1 : Math.max(0, Math.min(max, from + delta));
      boolean attributed = level > from && between(rs, 0, 2) == 0;
      levels.add(new Level(level, attributed));
    }
    return levels;
  }

  private static Gen<Optional<CsfSample>> samples() {
    return rs -> {
      int kind = between(rs, 0, 19);
      if (kind < 2) {
        return Optional.empty();
      }
      CsfResult result =
          kind < 3
              ? CsfResult.NOT_DONE
              : kind < 10
                  ? CsfResult.POSITIVE
                  : kind < 13 ? CsfResult.EQUIVOCAL : CsfResult.NEGATIVE;
      double[] volumes = {0, 3, 4.9, 5, 10};
      int volume = between(rs, 0, 2 * volumes.length - 1);
      return Optional.of(
          volume >= volumes.length ? CsfSample.of(result) : CsfSample.of(result, volumes[volume]));
    };
  }

  private static Gen<Optional<BigDecimal>> steroids() {
    return rs -> {
      int kind = between(rs, 0, 4);
      return kind == 4 ? Optional.empty() : Optional.of(BigDecimal.valueOf(kind * 2L));
    };
  }

  private static Gen<Scenario> scenarios() {
    return rs -> {
      List<Level> baseNeuro = baselineExams().generate(rs);
      List<Level> followUpNeuro = followUpExam(rs, baseNeuro);
      boolean baseImaging = between(rs, 0, 19) > 0;
      boolean followUpImaging = between(rs, 0, 19) > 0;
      int targets = baseImaging ? between(rs, 0, 5) : 0;
      List<Integer> baseScores = new ArrayList<>();
      List<Integer> followUpScores = new ArrayList<>();
      int trend = between(rs, -3, 1);
      for (int i = 0; i < targets; i++) {
        int score = between(rs, 1, 3);
        baseScores.add(score);
        followUpScores.add(
            between(rs, 0, 19) == 0
                ? -1
                : Math.max(0, Math.min(3, score + trend + between(rs, -1, 1))));
      }
      int nonTargets = baseImaging ? between(rs, 0, 2) : 0;
      List<NonTargetStatus> baseNon = new ArrayList<>();
      List<Optional<NonTargetStatus>> followUpNon = new ArrayList<>();
      NonTargetStatus[] atBaseline = {
        NonTargetStatus.ABSENT, NonTargetStatus.PRESENT, NonTargetStatus.NE
      };
      for (int i = 0; i < nonTargets; i++) {
        baseNon.add(atBaseline[between(rs, 0, 2)]);
        int status = between(rs, 0, 19);
        followUpNon.add(
            status == 0
                ? Optional.empty()
                : status == 1
                    ? Optional.of(NonTargetStatus.UNEQUIVOCAL_PROGRESSION)
                    : status == 2
                        ? Optional.of(NonTargetStatus.NE)
                        : status < 8
                            ? Optional.of(NonTargetStatus.PRESENT)
                            : Optional.of(NonTargetStatus.ABSENT));
      }
      List<NewLesion> newLesions = new ArrayList<>();
      int lesions = between(rs, 0, 14) == 0 ? between(rs, 1, 2) : 0;
      for (int i = 0; i < lesions; i++) {
        newLesions.add(
            NewLesion.of(SITES[between(rs, 0, SITES.length - 1)], between(rs, 0, 1) == 1));
      }
      return new Scenario(
          baseNeuro,
          followUpNeuro,
          samples().generate(rs),
          samples().generate(rs),
          baseImaging,
          followUpImaging,
          baseScores,
          followUpScores,
          baseNon,
          followUpNon,
          newLesions,
          steroids().generate(rs),
          steroids().generate(rs),
          criteria().generate(rs));
    };
  }

  private static List<Integer> inOrder(int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return order;
  }

  private static List<Integer> shuffled(int size, Random random) {
    List<Integer> order = inOrder(size);
    Collections.shuffle(order, random);
    return order;
  }

  /** Clinical order of overall responses: PD worst, then NE, SD, PR, CR best. */
  private static int rank(Response response) {
    return switch (response) {
      case PD -> 0;
      case NE -> 1;
      case SD -> 2;
      case PR -> 3;
      default -> 4;
    };
  }

  /** Order of imaging results: PD worst, then NE, SD, PR, CR best. */
  private static int rank(ImagingStatus status) {
    return switch (status) {
      case PD -> 0;
      case NE -> 1;
      case SD -> 2;
      case PR -> 3;
      case CR -> 4;
      default -> throw new IllegalArgumentException("not ranked: " + status);
    };
  }

  // Properties

  @Test
  void validRandomVisits_neverThrow() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(scenarios())
        .checkAssert(s -> assertThatCode(s::assess).doesNotThrowAnyException());
  }

  @Test
  void everyResult_namesItsRules_endingWithTheDecidingOvrRule() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(EXAMPLES)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              VisitAssessment result = s.assess();
              List<RuleId> rules = result.rules();

              assertThat(rules).isNotEmpty().doesNotHaveDuplicates();
              RuleId last = rules.get(rules.size() - 1);
              assertThat(last.id()).startsWith("OVR-");
              assertThat(rules).filteredOn(r -> r.id().startsWith("OVR-")).containsExactly(last);
              assertThat(last).isEqualTo(ovrRuleOf(result.overall()));
              assertThat(rules).anySatisfy(r -> assertThat(r.id()).startsWith("NEURO-"));
              assertThat(rules).anySatisfy(r -> assertThat(r.id()).startsWith("CSF-"));
              assertThat(rules).anySatisfy(r -> assertThat(r.id()).startsWith("IMG-"));
              assertThat(rules).contains(result.csf().rule());
              assertThat(rules)
                  .containsAll(result.neuro().rules())
                  .containsAll(result.imaging().rules());
              assertThat(result.reasons()).isNotEmpty();
            });
  }

  @Test
  void everyRule_hasAReasonCarryingIt_theComponentsReasonsFirst_theDecidingReasonLast() {
    qt().withFixedSeed(SEED + 7)
        .withExamples(EXAMPLES)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              VisitAssessment result = s.assess();
              List<Reason> reasons = result.reasons();

              assertThat(reasons.stream().map(Reason::rule).toList()).containsAll(result.rules());
              List<Reason> components = new ArrayList<>(result.neuro().reasons());
              components.addAll(result.csf().reasons());
              components.addAll(result.imaging().reasons());
              assertThat(reasons).startsWith(components.toArray(Reason[]::new));
              Reason deciding = reasons.get(reasons.size() - 1);
              assertThat(deciding.rule()).isEqualTo(result.rules().get(result.rules().size() - 1));
              assertThat(deciding.value(Fact.IMAGING, ImagingStatus.class))
                  .isEqualTo(result.imaging().status());
              assertThat(result.csf().reasons())
                  .last()
                  .extracting(Reason::rule)
                  .isEqualTo(result.csf().rule());
            });
  }

  /**
   * The composite's reasons carry what a program needs to reproduce the call: the composites before
   * and after, and the percent exactly as the finding reports it (IMG-6 to IMG-9).
   */
  @Test
  void compositeReasons_reproduceTheirDecisionFromTheirFacts() {
    qt().withFixedSeed(SEED + 8)
        .withExamples(EXAMPLES)
        .forAll(scenarios())
        .checkAssert(
            s -> {
              ImagingFinding imaging = s.assess().imaging();
              for (Reason reason : imaging.reasons()) {
                if (!reason.kind().facts().contains(Fact.COMPOSITE_AFTER)
                    || reason.kind() == ReasonKind.IMAGING_NADIR_REFERENCE) {
                  continue;
                }
                int before = reason.integer(Fact.COMPOSITE_BEFORE);
                int after = reason.integer(Fact.COMPOSITE_AFTER);
                if (reason.has(Fact.PERCENT)) {
                  assertThat(reason.decimal(Fact.PERCENT))
                      .isEqualTo(org.rano.internal.Exact.changePercent(after, before));
                }
                switch (reason.kind()) {
                  case IMAGING_COMPLETE_RESPONSE -> {
                    assertThat(after).isZero();
                    assertThat(before)
                        .isPositive()
                        .isEqualTo(imaging.baselineCompositeScore().getAsInt());
                    assertThat(imaging.status()).isEqualTo(ImagingStatus.CR);
                  }
                  case IMAGING_PARTIAL_RESPONSE -> {
                    assertThat(2 * after).isLessThanOrEqualTo(before);
                    assertThat(reason.decimal(Fact.PERCENT))
                        .isEqualTo(imaging.compositeChangePercent().orElseThrow());
                    assertThat(imaging.status()).isEqualTo(ImagingStatus.PR);
                  }
                  case IMAGING_STABLE -> {
                    assertThat(2 * after).isGreaterThan(before);
                    assertThat(4 * (after - before)).isLessThan(before);
                    assertThat(reason.decimal(Fact.PERCENT))
                        .isEqualTo(imaging.compositeChangePercent().orElseThrow());
                    assertThat(imaging.status()).isEqualTo(ImagingStatus.SD);
                  }
                  case IMAGING_COMPOSITE_PROGRESSION, IMAGING_RISE_BELOW_MIN_INCREASE -> {
                    assertThat(before == 0 ? after > 0 : 4 * (after - before) >= before).isTrue();
                    assertThat(after).isEqualTo(imaging.evaluableCompositeScore().getAsInt());
                    assertThat(reason.flag(Fact.EVALUABLE_ONLY))
                        .isEqualTo(imaging.compositeScore().isEmpty());
                    assertThat(imaging.status() == ImagingStatus.PD)
                        .isEqualTo(
                            reason.kind() == ReasonKind.IMAGING_COMPOSITE_PROGRESSION
                                || !imaging.unequivocalNewLesionSites().isEmpty()
                                || imaging.rules().contains(RuleId.IMG_13)
                                || imaging.rules().contains(RuleId.IMG_15));
                  }
                  case IMAGING_CR_BLOCKED_BY_NEW_LESION, IMAGING_CR_BLOCKED_BY_NON_TARGET ->
                      assertThat(after).isZero();
                  default -> throw new AssertionError("a composite reason not checked: " + reason);
                }
              }
            });
  }

  private static RuleId ovrRuleOf(Response response) {
    return switch (response) {
      case PD -> RuleId.OVR_1;
      case NE -> RuleId.OVR_2;
      case CR -> RuleId.OVR_3;
      case PR -> RuleId.OVR_4;
      default -> RuleId.OVR_5;
    };
  }

  @Test
  void sameInput_sameAssessment() {
    qt().withFixedSeed(SEED + 2)
        .withExamples(500)
        .forAll(scenarios())
        .checkAssert(s -> assertThat(s.assess()).isEqualTo(s.assess()));
  }

  @Test
  void progressionInAnyOneComponent_isAlwaysPd() {
    qt().withFixedSeed(SEED + 3)
        .withExamples(EXAMPLES)
        .forAll(scenarios(), Generate.enumValues(Progressing.class), Generate.range(0, 99))
        .checkAssert(
            (s, where, index) -> {
              Scenario progressed = withProgression(s, where, index);
              VisitAssessment result = progressed.assess();

              assertThat(result.overall())
                  .as("%s progression in %s", where, progressed)
                  .isEqualTo(Response.PD);
              assertThat(result.rules()).endsWith(RuleId.OVR_1);
            });
  }

  /** Where progression is injected. */
  enum Progressing {
    EXAM,
    NEW_LESION,
    NON_TARGET,
    COMPOSITE,
    CSF_CONVERSION
  }

  /** Injects unequivocal progression in one component of a scenario. */
  private static Scenario withProgression(Scenario s, Progressing where, int index) {
    return switch (where) {
      case EXAM -> withExamProgression(s, index);
      case NEW_LESION -> {
        List<NewLesion> lesions = new ArrayList<>(s.newLesions());
        lesions.add(NewLesion.unequivocal(SITES[index % SITES.length]));
        yield s.withImaging(
            s.baseScores(),
            s.followUpScores(),
            s.baseNonTargets(),
            s.followUpNonTargets(),
            lesions);
      }
      case NON_TARGET -> {
        List<NonTargetStatus> base = new ArrayList<>(s.baseNonTargets());
        List<Optional<NonTargetStatus>> followUp = new ArrayList<>(s.followUpNonTargets());
        if (base.isEmpty()) {
          base.add(NonTargetStatus.PRESENT);
          followUp.add(Optional.empty());
        }
        followUp.set(index % base.size(), Optional.of(NonTargetStatus.UNEQUIVOCAL_PROGRESSION));
        yield s.withImaging(s.baseScores(), s.followUpScores(), base, followUp, s.newLesions());
      }
      case COMPOSITE -> {
        int n = Math.max(1, s.baseScores().size());
        yield s.withImaging(
            Collections.nCopies(n, 1),
            Collections.nCopies(n, 2),
            s.baseNonTargets(),
            s.followUpNonTargets(),
            s.newLesions());
      }
      case CSF_CONVERSION -> {
        CsfSample base =
            index % 2 == 0 ? CsfSample.negative(index % 7) : CsfSample.of(CsfResult.EQUIVOCAL);
        yield s.withCsf(
            base,
            CsfSample.of(CsfResult.POSITIVE, index % 11),
            s.criteria().withCsfConversionIsProgression(true));
      }
    };
  }

  /** One domain reaches its highest level from below (NEURO-2), unattributed. */
  private static Scenario withExamProgression(Scenario s, int index) {
    int d = index % DOMAINS.size();
    int max = DOMAINS.get(d).maxLevel();
    List<Level> base = s.baseNeuro().isEmpty() ? normal() : new ArrayList<>(s.baseNeuro());
    List<Level> followUp =
        s.followUpNeuro().isEmpty() ? normal() : new ArrayList<>(s.followUpNeuro());
    int from = base.get(d).level();
    base.set(d, new Level(from < 0 || from >= max ? index % max : from, false));
    followUp.set(d, new Level(max, false));
    return s.withNeuro(base, followUp);
  }

  private static List<Level> normal() {
    List<Level> levels = new ArrayList<>();
    for (int d = 0; d < DOMAINS.size(); d++) {
      levels.add(new Level(0, false));
    }
    return levels;
  }

  @Test
  void raisingAFollowUpTargetScore_neverImprovesTheImagingOrTheResponse() {
    qt().withFixedSeed(SEED + 4)
        .withExamples(EXAMPLES)
        .forAll(scenarios(), Generate.range(0, 4), Generate.range(1, 3))
        .checkAssert(
            (s, index, by) -> {
              Scenario imaged =
                  s.baseScores().isEmpty()
                      ? s.withImaging(
                          List.of(2, 1),
                          List.of(1, 0),
                          s.baseNonTargets(),
                          s.followUpNonTargets(),
                          s.newLesions())
                      : s.withImaging(
                          s.baseScores(),
                          s.followUpScores(),
                          s.baseNonTargets(),
                          s.followUpNonTargets(),
                          s.newLesions());
              int i = index % imaged.followUpScores().size();
              int score = imaged.followUpScores().get(i);
              if (score < 0 || score == 3) {
                return;
              }
              List<Integer> raisedScores = new ArrayList<>(imaged.followUpScores());
              raisedScores.set(i, Math.min(3, score + by));
              Scenario raised =
                  imaged.withImaging(
                      imaged.baseScores(),
                      raisedScores,
                      imaged.baseNonTargets(),
                      imaged.followUpNonTargets(),
                      imaged.newLesions());

              VisitAssessment before = imaged.assess();
              VisitAssessment after = raised.assess();

              assertThat(rank(after.imaging().status()))
                  .as("%s -> %s", before.imaging().status(), after.imaging().status())
                  .isLessThanOrEqualTo(rank(before.imaging().status()));
              assertThat(rank(after.overall()))
                  .as("%s -> %s", before.overall(), after.overall())
                  .isLessThanOrEqualTo(rank(before.overall()));
            });
  }

  @Test
  void theOrderOfTargetsAndNonTargets_neverChangesAnything() {
    qt().withFixedSeed(SEED + 5)
        .withExamples(EXAMPLES)
        .forAll(scenarios(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(
            (s, shuffleSeed) -> {
              Random random = new Random(shuffleSeed);
              int targets = s.baseScores().size();
              int nonTargets = s.baseNonTargets().size();

              VisitAssessment ordered = s.assess();
              VisitAssessment shuffled =
                  s.assess(
                      shuffled(targets, random),
                      shuffled(nonTargets, random),
                      shuffled(targets, random),
                      shuffled(nonTargets, random));

              assertThat(shuffled.overall()).isEqualTo(ordered.overall());
              assertThat(shuffled.rules()).isEqualTo(ordered.rules());
              assertThat(shuffled.neuro()).isEqualTo(ordered.neuro());
              assertThat(shuffled.csf()).isEqualTo(ordered.csf());
              assertSameImaging(shuffled.imaging(), ordered.imaging());
              assertThat(shuffled.reasons()).containsExactlyInAnyOrderElementsOf(ordered.reasons());
            });
  }

  private static void assertSameImaging(ImagingFinding actual, ImagingFinding expected) {
    assertThat(actual.status()).isEqualTo(expected.status());
    assertThat(actual.done()).isEqualTo(expected.done());
    assertThat(actual.compositeScore()).isEqualTo(expected.compositeScore());
    assertThat(actual.evaluableCompositeScore()).isEqualTo(expected.evaluableCompositeScore());
    assertThat(actual.baselineCompositeScore()).isEqualTo(expected.baselineCompositeScore());
    assertThat(actual.referenceCompositeScore()).isEqualTo(expected.referenceCompositeScore());
    assertThat(actual.compositeChangePercent()).isEqualTo(expected.compositeChangePercent());
    assertThat(actual.spd()).isEqualTo(expected.spd());
    assertThat(actual.baselineSpd()).isEqualTo(expected.baselineSpd());
    assertThat(actual.unequivocalNewLesionSites()).isEqualTo(expected.unequivocalNewLesionSites());
    assertThat(actual.equivocalNewLesionSites()).isEqualTo(expected.equivocalNewLesionSites());
    assertThat(actual.allNonTargetsAbsent()).isEqualTo(expected.allNonTargetsAbsent());
    assertThat(actual.rules()).isEqualTo(expected.rules());
    assertThat(actual.reasons()).containsExactlyInAnyOrderElementsOf(expected.reasons());
  }

  @Test
  void worseNeurologicalInput_neverGivesABetterOverallResponse() {
    qt().withFixedSeed(SEED + 6)
        .withExamples(EXAMPLES)
        .forAll(scenarios(), Generate.range(0, 9), Generate.range(1, 3))
        .checkAssert(
            (s, d, by) -> {
              List<Level> base = s.baseNeuro().isEmpty() ? normal() : s.baseNeuro();
              List<Level> followUp = s.followUpNeuro().isEmpty() ? normal() : s.followUpNeuro();
              Scenario examined = s.withNeuro(base, followUp);
              Level level = followUp.get(d);
              if (level.level() < 0) {
                return;
              }
              List<Level> worse = new ArrayList<>(followUp);
              worse.set(
                  d,
                  new Level(
                      Math.min(DOMAINS.get(d).maxLevel(), level.level() + by), level.attributed()));

              VisitAssessment before = examined.assess();
              VisitAssessment after = examined.withNeuro(base, worse).assess();

              assertThat(rank(after.overall()))
                  .as("%s -> %s (%s)", before.overall(), after.overall(), DOMAINS.get(d))
                  .isLessThanOrEqualTo(rank(before.overall()));
            });
  }

  @Test
  void worseNeurologicalBaseline_neverMakesAProgressionLookBetter() {
    qt().withFixedSeed(SEED + 7)
        .withExamples(EXAMPLES)
        .forAll(scenarios(), Generate.range(0, 9))
        .checkAssert(
            (s, d) -> {
              List<Level> base = s.baseNeuro().isEmpty() ? normal() : s.baseNeuro();
              List<Level> followUp = s.followUpNeuro().isEmpty() ? normal() : s.followUpNeuro();
              Scenario examined = s.withNeuro(base, followUp);
              Level level = base.get(d);
              if (level.level() <= 0) {
                return;
              }
              List<Level> better = new ArrayList<>(base);
              better.set(d, new Level(level.level() - 1, false));

              VisitAssessment worseBaseline = examined.assess();
              VisitAssessment betterBaseline = examined.withNeuro(better, followUp).assess();

              if (worseBaseline.overall() == Response.PD
                  && worseBaseline.neuro().status() == org.rano.neuro.NeuroStatus.PROGRESSION) {
                assertThat(betterBaseline.overall()).isEqualTo(Response.PD);
              }
            });
  }
}
