package org.rano.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.CsfEquivocalThenPositive;
import org.rano.CsfInadequateBaselineNegative;
import org.rano.CsfMissingBlocks;
import org.rano.CsfRelapseAfterClearance;
import org.rano.ImagingProfile;
import org.rano.ImagingProgressionReference;
import org.rano.LmCase;
import org.rano.MeasurableNodule;
import org.rano.NeuroImprovement;
import org.rano.NeuroMissingDomains;
import org.rano.NeuroReference;
import org.rano.Response;
import org.rano.ResponseSequence;
import org.rano.Visit;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Seeded random valid cases, each generated twice in parallel: as the case format's JSON and as the
 * library's own types built with its builders (never through {@link CaseReader}), so that the
 * command's reading of the JSON can be compared with the library. About one raw case in seven is on
 * the revised 2019 MRI scorecard ({@code "imaging": "LANO_2019"} in its criteria, a {@code
 * lano2019} block at each visit with imaging), the rest on the 2017 scorecard.
 */
final class RandomCases {

  /**
   * One generated case.
   *
   * @param json the case as JSON text
   * @param criteria the criteria of the case (defaults overridden by its {@code criteria})
   * @param lmCase the case of raw assessments, or null for a sequence
   * @param sequence the response sequence, or null for raw assessments
   */
  record Generated(
      String json,
      Criteria criteria,
      @Nullable LmCase lmCase,
      @Nullable ResponseSequence sequence) {}

  private static final Site[] SITES = Site.values();
  private final Random random;

  RandomCases(long seed) {
    this.random = new Random(seed);
  }

  /** A random case: raw assessments 80 %, a response sequence 20 %. */
  Generated next(String id) {
    return random.nextInt(5) == 0 ? sequence(id) : raw(id);
  }

  Generated sequence(String id) {
    ObjectNode root = Fixtures.MAPPER.createObjectNode();
    root.put("id", id);
    LocalDate reference = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
    root.put("referenceDate", reference.toString());
    Criteria criteria = criteria(root);
    ResponseSequence.Builder builder = ResponseSequence.from(reference).id(id);
    ArrayNode responses = root.putArray("responses");
    LocalDate date = reference;
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      date = date.plusDays((i == 0 ? 0 : 1) + random.nextInt(45));
      Response response = pick(Response.values());
      responses.addObject().put("date", date.toString()).put("response", response.code());
      builder.add(date, response);
    }
    return new Generated(root.toString(), criteria, null, builder.build());
  }

  Generated raw(String id) {
    ObjectNode root = Fixtures.MAPPER.createObjectNode();
    root.put("id", id);
    Criteria criteria = criteria(root);
    LocalDate baselineDate = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
    ObjectNode baselineJson = root.putObject("baseline");
    baselineJson.put("date", baselineDate.toString());
    Visit.Builder baseline = Visit.on(baselineDate);

    int[] baseLevels = new int[0];
    if (chance(90)) {
      baseLevels = new int[Lano.INSTRUMENT.domains().size()];
      NeuroExam.Builder exam = NeuroExam.builder();
      ObjectNode neuro = baselineJson.putObject("neuro");
      for (int d = 0; d < baseLevels.length; d++) {
        Domain domain = Lano.INSTRUMENT.domains().get(d);
        baseLevels[d] = random.nextInt(domain.maxLevel() + 1);
        if (chance(4)) {
          neuro.put(domain.key(), "NE");
          exam.set(domain, DomainValue.notEvaluable());
        } else {
          neuro.put(domain.key(), baseLevels[d]);
          exam.set(domain, DomainValue.level(baseLevels[d]));
        }
      }
      baseline.neuro(exam.build());
    }
    if (chance(85)) {
      baseline.csf(csf(baselineJson.putObject("csf")));
    }
    List<String> targetIds = new ArrayList<>();
    List<String> nonTargetIds = new ArrayList<>();
    boolean imaging = chance(90);
    boolean lano2019 = chance(15);
    if (lano2019) {
      ObjectNode json =
          root.has("criteria") ? (ObjectNode) root.get("criteria") : root.putObject("criteria");
      json.put("imaging", ImagingProfile.LANO_2019.name());
      criteria = criteria.withImaging(ImagingProfile.LANO_2019);
      if (imaging) {
        baseline.lano2019(lano2019(baselineJson.putObject("lano2019"), true));
      }
    } else if (imaging) {
      baseline.imagingDone();
      ArrayNode targets = baselineJson.putArray("targets");
      int n = random.nextInt(6);
      for (int i = 1; i <= n; i++) {
        String lesion = "T" + i;
        targetIds.add(lesion);
        Site site = pick(SITES);
        int score = 1 + random.nextInt(3);
        ObjectNode target =
            targets.addObject().put("id", lesion).put("site", site.name()).put("score", score);
        Optional<Diameters> diameters = diameters(target, site);
        TargetLesion scored = TargetLesion.of(lesion, site, score);
        baseline.target(diameters.isPresent() ? scored.withDiameters(diameters.get()) : scored);
      }
      if (chance(50)) {
        ArrayNode nonTargets = baselineJson.putArray("nonTargets");
        int m = random.nextInt(4);
        for (int i = 1; i <= m; i++) {
          String lesion = "N" + i;
          nonTargetIds.add(lesion);
          Site site = pick(SITES);
          NonTargetStatus status =
              pick(
                  new NonTargetStatus[] {
                    NonTargetStatus.ABSENT,
                    NonTargetStatus.PRESENT,
                    NonTargetStatus.PRESENT,
                    NonTargetStatus.NE
                  });
          nonTargets
              .addObject()
              .put("id", lesion)
              .put("site", site.name())
              .put("status", status.name());
          baseline.nonTarget(NonTargetLesion.of(lesion, site, status));
        }
      }
    }
    steroids(baselineJson, baseline);
    parenchymal(baselineJson, baseline);
    LmCase.Builder lmCase = LmCase.builder().id(id).baseline(baseline.build());

    int followUps = random.nextInt(6);
    if (followUps > 0 || chance(50)) {
      ArrayNode visits = root.putArray("followUps");
      LocalDate date = baselineDate;
      for (int v = 0; v < followUps; v++) {
        date = date.plusDays(7 + random.nextInt(50));
        ObjectNode json = visits.addObject();
        json.put("date", date.toString());
        Visit.Builder visit = Visit.on(date);
        if (chance(85)) {
          visit.neuro(followUpNeuro(json.putObject("neuro"), baseLevels));
        }
        if (chance(85)) {
          visit.csf(csf(json.putObject("csf")));
        }
        if (lano2019 && (imaging ? chance(85) : chance(20))) {
          visit.lano2019(lano2019(json.putObject("lano2019"), false));
        } else if (lano2019) {
          // no MRI at this visit
        } else if (imaging && chance(85)) {
          followUpImaging(json, visit, targetIds, nonTargetIds);
        } else if (!imaging && chance(20)) {
          visit.imagingDone();
          newLesions(json, visit);
        }
        steroids(json, visit);
        parenchymal(json, visit);
        if (chance(8)) {
          boolean judged = random.nextBoolean();
          json.put("clinicalDeterioration", judged);
          visit.clinicalDeterioration(judged);
        }
        lmCase.followUp(visit.build());
      }
    }
    return new Generated(root.toString(), criteria, lmCase.build(), null);
  }

  private NeuroExam followUpNeuro(ObjectNode neuro, int[] baseLevels) {
    NeuroExam.Builder exam = NeuroExam.builder();
    for (int d = 0; d < Lano.INSTRUMENT.domains().size(); d++) {
      Domain domain = Lano.INSTRUMENT.domains().get(d);
      int around = baseLevels.length == 0 ? random.nextInt(domain.maxLevel() + 1) : baseLevels[d];
      int level = Math.max(0, Math.min(domain.maxLevel(), around + random.nextInt(5) - 2));
      if (random.nextInt(3) > 0) {
        level = around;
      }
      if (chance(3)) {
        neuro.put(domain.key(), "NE");
        exam.set(domain, DomainValue.notEvaluable());
      } else if (chance(2)) {
        neuro.putObject(domain.key()).put("level", "NE").put("note", "not examined");
        exam.set(domain, DomainValue.notEvaluable("not examined"));
      } else if (chance(5)) {
        Attribution cause = pick(Attribution.values());
        neuro.putObject(domain.key()).put("level", level).put("attributedTo", cause.name());
        exam.set(domain, DomainValue.attributed(level, cause));
      } else {
        neuro.put(domain.key(), level);
        exam.set(domain, DomainValue.level(level));
      }
    }
    return exam.build();
  }

  private void followUpImaging(
      ObjectNode json, Visit.Builder visit, List<String> targetIds, List<String> nonTargetIds) {
    visit.imagingDone();
    List<String> order = new ArrayList<>(targetIds);
    Collections.shuffle(order, random);
    ArrayNode targets = json.putArray("targets");
    for (String lesion : order) {
      ObjectNode target = targets.addObject().put("id", lesion);
      if (chance(5)) {
        target.put("score", "NE");
        visit.target(TargetLesion.notEvaluable(lesion));
      } else {
        int score = random.nextInt(4);
        target.put("score", score);
        Optional<Diameters> diameters =
            chance(30) ? diameters(target, Site.BRAIN_NODULE) : Optional.empty();
        TargetLesion scored = TargetLesion.of(lesion, score);
        visit.target(diameters.isPresent() ? scored.withDiameters(diameters.get()) : scored);
      }
    }
    if (!nonTargetIds.isEmpty() && chance(80)) {
      ArrayNode nonTargets = json.putArray("nonTargets");
      for (String lesion : nonTargetIds) {
        if (chance(10)) {
          continue;
        }
        NonTargetStatus status = pick(NonTargetStatus.values());
        nonTargets.addObject().put("id", lesion).put("status", status.name());
        visit.nonTarget(NonTargetLesion.of(lesion, status));
      }
    }
    newLesions(json, visit);
  }

  /**
   * A 2019 scorecard: every item present, absent or NE; at a follow-up its change; nodules (up to
   * three, each above 5 x 5 mm) on a nodular item that is present.
   */
  private Lano2019Imaging lano2019(ObjectNode json, boolean baseline) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ObjectNode node = json.putObject(item.key());
      ItemPresence presence =
          pick(
              new ItemPresence[] {
                ItemPresence.PRESENT, ItemPresence.PRESENT, ItemPresence.ABSENT, ItemPresence.NE
              });
      switch (presence) {
        case PRESENT -> node.put("present", true);
        case ABSENT -> node.put("present", false);
        case NE -> node.put("present", "NE");
      }
      ItemRating rating;
      if (baseline) {
        rating = ItemRating.atBaseline(presence);
      } else {
        ItemChange change = pick(ItemChange.values());
        node.put("change", change.name());
        rating = ItemRating.atFollowUp(presence, change);
      }
      if (item.isNodular() && presence == ItemPresence.PRESENT && chance(60)) {
        List<Diameters> nodules = new ArrayList<>();
        ArrayNode written = node.putArray("nodulesMm");
        int count = 1 + random.nextInt(ItemRating.MAX_NODULES);
        for (int i = 0; i < count; i++) {
          BigDecimal shortMm = BigDecimal.valueOf(51 + random.nextInt(100), 1);
          BigDecimal longMm = shortMm.add(BigDecimal.valueOf(random.nextInt(80), 1));
          written.addArray().add(longMm).add(shortMm);
          nodules.add(Diameters.of(longMm, shortMm));
        }
        rating = rating.withNodules(nodules);
      }
      ratings.put(item, rating);
    }
    return Lano2019Imaging.of(ratings);
  }

  private void newLesions(ObjectNode json, Visit.Builder visit) {
    if (chance(15)) {
      ArrayNode lesions = json.putArray("newLesions");
      Site site = pick(new Site[] {Site.SPINE_NODULE, Site.BRAIN_NODULE});
      boolean equivocal = chance(60);
      ObjectNode lesion = lesions.addObject().put("site", site.name());
      if (equivocal || chance(50)) {
        lesion.put("equivocal", equivocal);
      }
      visit.newLesion(NewLesion.of(site, equivocal));
    }
  }

  private CsfSample csf(ObjectNode csf) {
    CsfResult result =
        pick(
            new CsfResult[] {
              CsfResult.POSITIVE,
              CsfResult.POSITIVE,
              CsfResult.NEGATIVE,
              CsfResult.NEGATIVE,
              CsfResult.EQUIVOCAL,
              CsfResult.NOT_DONE
            });
    csf.put("result", result.name());
    if (chance(70)) {
      BigDecimal volume = BigDecimal.valueOf(random.nextInt(150), 1);
      csf.put("volumeMl", volume);
      return CsfSample.of(result, volume);
    }
    return CsfSample.of(result);
  }

  private Optional<Diameters> diameters(ObjectNode target, Site site) {
    if (!site.isNodule() || !chance(60)) {
      return Optional.empty();
    }
    BigDecimal shortMm = BigDecimal.valueOf(20 + random.nextInt(120), 1);
    BigDecimal longMm = shortMm.add(BigDecimal.valueOf(random.nextInt(100), 1));
    target.putArray("diametersMm").add(longMm).add(shortMm);
    return Optional.of(Diameters.of(longMm, shortMm));
  }

  private void steroids(ObjectNode json, Visit.Builder visit) {
    if (chance(50)) {
      BigDecimal dose =
          new BigDecimal(
              BigDecimal.valueOf(random.nextInt(17), 1)
                  .multiply(BigDecimal.TEN)
                  .stripTrailingZeros()
                  .toPlainString());
      json.put("steroidMgPerDay", dose);
      visit.steroids(dose);
    }
  }

  private void parenchymal(ObjectNode json, Visit.Builder visit) {
    if (chance(10)) {
      ObjectNode node = json.putObject("parenchymal");
      Parenchymal record = Parenchymal.none();
      if (chance(70)) {
        ParenchymalStatus brain = pick(ParenchymalStatus.values());
        node.put("brain", brain.name());
        record = record.withBrain(brain);
      }
      if (chance(50)) {
        ParenchymalStatus spine = pick(ParenchymalStatus.values());
        node.put("spine", spine.name());
        record = record.withSpine(spine);
      }
      visit.parenchymal(record);
    }
  }

  /** Random per-case criteria for 30 % of cases, set with the library's typed methods. */
  private Criteria criteria(ObjectNode root) {
    Criteria criteria = Criteria.defaults();
    if (!chance(30)) {
      return criteria;
    }
    ObjectNode json = root.putObject("criteria");
    if (chance(40)) {
      int days = random.nextInt(60);
      json.put("confirmationDays", days);
      criteria = criteria.withConfirmationDays(days);
    }
    if (chance(30)) {
      int count = random.nextInt(3);
      json.put("maxNeBetween", count);
      criteria = criteria.withMaxNeBetween(count);
    }
    if (chance(30)) {
      boolean accept = random.nextBoolean();
      json.put("acceptSdBetween", accept);
      criteria = criteria.withAcceptSdBetween(accept);
    }
    if (chance(30)) {
      int days = random.nextInt(60);
      json.put("sdMinimumDays", days);
      criteria = criteria.withSdMinimumDays(days);
    }
    if (chance(30)) {
      NeuroImprovement policy = pick(NeuroImprovement.values());
      json.put("neuroImprovement", policy.name());
      criteria = criteria.withNeuroImprovement(policy);
    }
    if (chance(30)) {
      NeuroMissingDomains policy = pick(NeuroMissingDomains.values());
      json.put("neuroMissingDomains", policy.name());
      criteria = criteria.withNeuroMissingDomains(policy);
    }
    if (chance(30)) {
      NeuroReference policy = pick(NeuroReference.values());
      json.put("neuroReference", policy.name());
      criteria = criteria.withNeuroReference(policy);
    }
    if (chance(30)) {
      ImagingProgressionReference policy = pick(ImagingProgressionReference.values());
      json.put("imagingProgressionReference", policy.name());
      criteria = criteria.withImagingProgressionReference(policy);
    }
    if (chance(30)) {
      MeasurableNodule policy = pick(MeasurableNodule.values());
      json.put("measurableNodule", policy.name());
      criteria = criteria.withMeasurableNodule(policy);
    }
    if (chance(30)) {
      boolean on = random.nextBoolean();
      json.put("responseRequiresCsfClearance", on);
      criteria = criteria.withResponseRequiresCsfClearance(on);
    }
    if (chance(30)) {
      boolean on = random.nextBoolean();
      json.put("crRequiresNoSteroids", on);
      criteria = criteria.withCrRequiresNoSteroids(on);
    }
    if (chance(30)) {
      boolean on = random.nextBoolean();
      json.put("csfConversionIsProgression", on);
      criteria = criteria.withCsfConversionIsProgression(on);
    }
    if (chance(30)) {
      int days = random.nextInt(30);
      json.put("csfClearanceConfirmationDays", days);
      criteria = criteria.withCsfClearanceConfirmationDays(days);
    }
    if (chance(30)) {
      boolean on = random.nextBoolean();
      json.put("prAfterCrBreaksConfirmation", on);
      criteria = criteria.withPrAfterCrBreaksConfirmation(on);
    }
    if (chance(30)) {
      CsfRelapseAfterClearance policy = pick(CsfRelapseAfterClearance.values());
      json.put("csfRelapseAfterClearance", policy.name());
      criteria = criteria.withCsfRelapseAfterClearance(policy);
    }
    if (chance(20)) {
      boolean on = random.nextBoolean();
      json.put("backdatedProgressionRewritesVisit", on);
      criteria = criteria.withBackdatedProgressionRewritesVisit(on);
    }
    if (chance(20)) {
      CsfMissingBlocks policy = pick(CsfMissingBlocks.values());
      json.put("csfMissingBlocks", policy.name());
      criteria = criteria.withCsfMissingBlocks(policy);
    }
    if (chance(20)) {
      CsfEquivocalThenPositive policy = pick(CsfEquivocalThenPositive.values());
      json.put("csfEquivocalThenPositive", policy.name());
      criteria = criteria.withCsfEquivocalThenPositive(policy);
    }
    if (chance(20)) {
      CsfInadequateBaselineNegative policy = pick(CsfInadequateBaselineNegative.values());
      json.put("csfInadequateBaselineNegative", policy.name());
      criteria = criteria.withCsfInadequateBaselineNegative(policy);
    }
    if (chance(20)) {
      java.math.BigDecimal volume = java.math.BigDecimal.valueOf(random.nextInt(200), 1);
      json.put("csfMinimumVolumeMl", volume);
      criteria = criteria.withCsfMinimumVolumeMl(volume);
    }
    if (chance(20)) {
      int points = 1 + random.nextInt(3);
      json.put("compositeMinIncrease", points);
      criteria = criteria.withCompositeMinIncrease(points);
    }
    if (chance(20)) {
      boolean on = random.nextBoolean();
      json.put("attributedWorseningBlocksCr", on);
      criteria = criteria.withAttributedWorseningBlocksCr(on);
    }
    if (chance(20)) {
      boolean on = random.nextBoolean();
      json.put("clinicalDeteriorationIsProgression", on);
      criteria = criteria.withClinicalDeteriorationIsProgression(on);
    }
    return criteria;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
