package org.rano.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rano.CaseAssessment;
import org.rano.InvalidInputException;
import org.rano.LmCase;
import org.rano.Response;
import org.rano.TimePoint;
import org.rano.Visit;
import org.rano.VisitAssessment;
import org.rano.agreement.stats.Bootstrap;
import org.rano.agreement.stats.Coefficient;
import org.rano.agreement.stats.CohenKappa;
import org.rano.agreement.stats.FleissKappa;
import org.rano.agreement.stats.Icc21;
import org.rano.agreement.stats.KrippendorffAlpha;
import org.rano.agreement.stats.PercentAgreement;
import org.rano.agreement.stats.Ratings;
import org.rano.csf.CsfResult;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.TargetLesion;
import org.rano.json.CaseInput;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;

/**
 * The analysis of an agreement study: readers rated the same patients in the case format, one case
 * per rating, ratings of one patient sharing its {@code id} and naming their {@code reader}.
 *
 * <p>Ratings are grouped by patient; follow-ups are matched by position and must share their dates
 * (and the baseline or reference date), and a reader rates a patient once, else the patient is an
 * error record and left out of the statistics, as is a patient one of whose ratings could not be
 * read or scored. Ratings made with {@link Rating#ofVisits} (e.g. SDTM RS) are matched by visit
 * instead: they must share the reference date, but the readers may date one visit differently (the
 * unit is the visit; each reader's time course uses the reader's own dates, and the study lists the
 * visits whose dates differ); a visit that one reader rated alone is a unit with missing ratings.
 * For every item a reader rates or the library derives (README, "Agreement between readers") the
 * analysis computes, over the units rated by two readers or more: percent agreement, Cohen's kappa
 * per pair of readers (and linear weighted kappa for ordinal items), Fleiss' kappa, Krippendorff's
 * alpha at the item's level (and ICC(2,1) for interval items), each with a seeded 95 % percentile
 * bootstrap interval over units; then each reader's completeness, reported calls against the
 * library's, and the units to adjudicate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Agreement {

  /** The default number of bootstrap replicates: 1000. */
  public static final int DEFAULT_BOOTSTRAP = 1000;

  /** The default seed of the bootstrap: 1. */
  public static final long DEFAULT_SEED = 1;

  /** The largest date tolerance: 3650 days. */
  public static final int MAX_DATE_TOLERANCE_DAYS = 3650;

  /** The epoch day standing for "no progression": further from any date than any tolerance. */
  static final double NO_PROGRESSION = -10_000_000;

  /** Unit index of a whole case (best responses, progression date). */
  static final int CASE = -2;

  /** Unit index of the baseline visit. */
  static final int BASELINE = -1;

  private static final int MOST_MISSING = 5;

  private final int bootstrap;
  private final long seed;
  private final int toleranceDays;

  private Agreement(int bootstrap, long seed, int toleranceDays) {
    this.bootstrap = bootstrap;
    this.seed = seed;
    this.toleranceDays = toleranceDays;
  }

  /**
   * Obtains the analysis with {@value #DEFAULT_BOOTSTRAP} bootstrap replicates, seed {@value
   * #DEFAULT_SEED} and a date tolerance of 0 days.
   *
   * @return the analysis, not null
   */
  public static Agreement withDefaults() {
    return new Agreement(DEFAULT_BOOTSTRAP, DEFAULT_SEED, 0);
  }

  /**
   * Obtains a copy with another number of bootstrap replicates.
   *
   * @param replicates 0 (no intervals) to {@value Bootstrap#MAX_REPLICATES}
   * @return the analysis, not null
   * @throws IllegalArgumentException if out of range
   */
  public Agreement withBootstrap(int replicates) {
    Bootstrap.of(replicates, seed); // checks the range
    return new Agreement(replicates, seed, toleranceDays);
  }

  /**
   * Obtains a copy with another seed: the same seed gives the same output.
   *
   * @param seed any number
   * @return the analysis, not null
   */
  public Agreement withSeed(long seed) {
    return new Agreement(bootstrap, seed, toleranceDays);
  }

  /**
   * Obtains a copy with another tolerance for progression dates: two dates agree when no more than
   * this many days apart.
   *
   * @param days 0 to {@value #MAX_DATE_TOLERANCE_DAYS}
   * @return the analysis, not null
   * @throws IllegalArgumentException if out of range
   */
  public Agreement withDateToleranceDays(int days) {
    if (days < 0 || days > MAX_DATE_TOLERANCE_DAYS) {
      throw new IllegalArgumentException(
          "date tolerance " + days + " days; allowed: 0 to " + MAX_DATE_TOLERANCE_DAYS);
    }
    return new Agreement(bootstrap, seed, days);
  }

  /**
   * Analyses a study.
   *
   * @param ratings the ratings read, in input order, not null
   * @param rejected the ratings that could not be read, as error records, in input order, not null;
   *     a patient named by one of them is left out of the statistics
   * @return the study, not null
   */
  public AgreementStudy analyse(List<Rating> ratings, List<RatingError> rejected) {
    Objects.requireNonNull(ratings, "ratings");
    List<RatingError> errors = new ArrayList<>(Objects.requireNonNull(rejected, "rejected"));
    Set<String> excluded = new HashSet<>();
    for (RatingError error : rejected) {
      error.caseId().ifPresent(excluded::add);
    }
    Map<String, List<Rating>> byPatient = new LinkedHashMap<>();
    for (Rating rating : ratings) {
      CaseInput input = rating.input();
      if (input.id().isEmpty()) {
        errors.add(
            RatingError.of(
                rating.source(),
                null,
                "id",
                "is missing; required: the patient's id, which the ratings of one patient share"));
      } else if (input.reader().isEmpty()) {
        errors.add(
            RatingError.of(
                rating.source(),
                input.id().get(),
                "reader",
                "is missing; required: the reader's name, e.g. \"R1\""));
        excluded.add(input.id().get());
      } else {
        byPatient.computeIfAbsent(input.id().get(), id -> new ArrayList<>()).add(rating);
      }
    }
    Map<String, Map<String, Scored>> patients = new LinkedHashMap<>();
    for (Map.Entry<String, List<Rating>> entry : byPatient.entrySet()) {
      String id = entry.getKey();
      List<Rating> group = entry.getValue();
      if (excluded.contains(id)) {
        errors.add(
            RatingError.of(
                sources(group),
                id,
                "",
                "left out of the statistics: another rating of this patient is an error record"));
        continue;
      }
      RatingError problem = checkGroup(id, group);
      Map<String, Scored> scored = new LinkedHashMap<>();
      for (Rating rating : group) {
        if (problem != null) {
          break;
        }
        try {
          scored.put(
              rating.input().reader().orElseThrow(), new Scored(rating, rating.input().assess()));
        } catch (InvalidInputException e) {
          problem = RatingError.of(rating.source(), id, e.path(), e.problem());
        }
      }
      if (problem != null) {
        errors.add(problem);
      } else {
        patients.put(id, scored);
      }
    }
    Map<String, Map<String, ItemTable.Unit>> keyed = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Scored>> patient : patients.entrySet()) {
      Map<String, Scored> group = patient.getValue();
      if (group.values().iterator().next().rating().visits().isPresent()) {
        keyed.put(patient.getKey(), visitUnits(patient.getKey(), group));
      }
    }
    List<String> readers =
        List.copyOf(
            new TreeSet<>(
                patients.values().stream().flatMap(map -> map.keySet().stream()).toList()));
    Map<String, Integer> column = new HashMap<>();
    for (int r = 0; r < readers.size(); r++) {
      column.put(readers.get(r), r);
    }
    Tables tables = new Tables(readers.size());
    for (Map.Entry<String, Map<String, Scored>> patient : patients.entrySet()) {
      for (Map.Entry<String, Scored> rating : patient.getValue().entrySet()) {
        extract(
            tables,
            patient.getKey(),
            Objects.requireNonNull(column.get(rating.getKey()), "bug: reader without column"),
            rating.getValue(),
            keyed.get(patient.getKey()));
      }
    }
    List<Results.Item> items = new ArrayList<>();
    List<Results.Adjudication> adjudication = new ArrayList<>();
    for (ItemTable table : tables.ordered()) {
      items.add(statistics(table, readers));
    }
    for (String item :
        List.of(
            "overall", "bestOverallResponse", "confirmedBestOverallResponse", "progressionDate")) {
      ItemTable table = tables.byName.get(item);
      if (table != null) {
        adjudicate(table, readers, adjudication);
      }
    }
    Map<String, Integer> order = new HashMap<>();
    for (String id : patients.keySet()) {
      order.put(id, order.size());
    }
    // By patient, its follow-ups in order, then its whole-case items (stable: in item order).
    adjudication.sort(
        Comparator.comparingInt((Results.Adjudication a) -> order.getOrDefault(a.caseId(), 0))
            .thenComparingInt(a -> a.followUp() < 0 ? Integer.MAX_VALUE : a.followUp()));
    return new AgreementStudy(
        readers,
        patients.size(),
        ratings.size(),
        errors,
        items,
        completeness(patients, readers, keyed),
        reported(patients, readers, !keyed.isEmpty()),
        adjudication,
        differingDates(keyed),
        !keyed.isEmpty(),
        bootstrap,
        seed,
        toleranceDays);
  }

  /** A rating and the library's assessment of it. */
  record Scored(Rating rating, CaseAssessment assessment) {}

  private static String sources(List<Rating> group) {
    if (group.size() == 1) {
      return group.get(0).source();
    }
    List<String> all = group.stream().map(Rating::source).toList();
    return String.join(", ", all);
  }

  // --------------------------------------------------------------------------------- grouping

  /** The problem of a patient's group of ratings, or null when they can be compared. */
  private static @Nullable RatingError checkGroup(String id, List<Rating> group) {
    Map<String, Rating> seen = new HashMap<>();
    for (Rating rating : group) {
      String reader = rating.input().reader().orElseThrow();
      Rating before = seen.putIfAbsent(reader, rating);
      if (before != null) {
        return RatingError.of(
            sources(group),
            id,
            "reader",
            "reader \""
                + reader
                + "\" rated this patient twice ("
                + before.source()
                + " and "
                + rating.source()
                + "); allowed: one rating per reader and patient");
      }
    }
    Rating first = group.get(0);
    List<String> reference = dates(first.input());
    for (Rating rating : group.subList(1, group.size())) {
      if (first.visits().isPresent() != rating.visits().isPresent()) {
        return RatingError.of(
            sources(group),
            id,
            "",
            "ratings matched by visit and by position for one patient ("
                + first.source()
                + ", "
                + rating.source()
                + "); allowed: ratings of one kind per patient");
      }
      if (rating.visits().isPresent()) {
        String ours = dates(rating.input()).get(0);
        if (!ours.equals(reference.get(0))) {
          return RatingError.of(
              sources(group),
              id,
              "referenceDate",
              ours
                  + " by "
                  + rating.input().reader().orElseThrow()
                  + " ("
                  + rating.source()
                  + "), "
                  + reference.get(0)
                  + " by "
                  + first.input().reader().orElseThrow()
                  + " ("
                  + first.source()
                  + "); the readers' ratings of one patient must share the reference date");
        }
        continue; // visits are matched by visit: their dates may differ
      }
      if (first.input() instanceof CaseInput.Raw != rating.input() instanceof CaseInput.Raw) {
        return RatingError.of(
            sources(group),
            id,
            "",
            "raw assessments and a response sequence for one patient ("
                + first.source()
                + ", "
                + rating.source()
                + "); allowed: ratings of one kind per patient");
      }
      List<String> dates = dates(rating.input());
      for (int i = 0; i < Math.max(dates.size(), reference.size()); i++) {
        String ours = i < dates.size() ? dates.get(i) : "none";
        String theirs = i < reference.size() ? reference.get(i) : "none";
        if (!ours.equals(theirs)) {
          String path = datePath(rating.input(), i);
          return RatingError.of(
              sources(group),
              id,
              path,
              ours
                  + " by "
                  + rating.input().reader().orElseThrow()
                  + " ("
                  + rating.source()
                  + "), "
                  + theirs
                  + " by "
                  + first.input().reader().orElseThrow()
                  + " ("
                  + first.source()
                  + "); follow-ups are matched by position, so the readers' ratings of one patient "
                  + "must have the same dates");
        }
      }
    }
    return null;
  }

  /**
   * The units of a patient whose ratings are matched by visit: every visit any reader rated, in
   * order of its earliest date (then of the visit's name), each with every reader's date of it.
   */
  private static Map<String, ItemTable.Unit> visitUnits(String id, Map<String, Scored> group) {
    Map<String, Map<String, String>> dates = new HashMap<>();
    for (Map.Entry<String, Scored> rating : group.entrySet()) {
      List<String> visits = rating.getValue().rating().visits().orElseThrow();
      List<TimePoint> points = rating.getValue().assessment().timePoints();
      if (points.size() != visits.size()) {
        throw new IllegalStateException(
            "bug: " + points.size() + " time points for " + visits.size() + " visits");
      }
      for (int i = 0; i < visits.size(); i++) {
        dates
            .computeIfAbsent(visits.get(i), key -> new java.util.TreeMap<>())
            .put(rating.getKey(), points.get(i).date().toString());
      }
    }
    Map<String, String> earliest = new HashMap<>();
    dates.forEach(
        (key, byReader) ->
            earliest.put(
                key, byReader.values().stream().min(Comparator.naturalOrder()).orElse("")));
    List<String> order = new ArrayList<>(dates.keySet());
    order.sort(
        Comparator.comparing((String key) -> earliest.getOrDefault(key, ""))
            .thenComparing(Comparator.naturalOrder()));
    Map<String, ItemTable.Unit> units = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      String key = order.get(i);
      units.put(
          key,
          new ItemTable.Unit(
              id,
              i,
              earliest.getOrDefault(key, ""),
              key,
              Map.copyOf(Objects.requireNonNull(dates.get(key), "bug: visit"))));
    }
    return units;
  }

  /** The follow-ups of ratings matched by visit that the readers dated differently. */
  private static List<ItemTable.Unit> differingDates(
      Map<String, Map<String, ItemTable.Unit>> keyed) {
    return keyed.values().stream()
        .flatMap(units -> units.values().stream())
        .filter(ItemTable.Unit::datesDiffer)
        .toList();
  }

  /** The baseline (or reference) date, then each follow-up's (or response's). */
  private static List<String> dates(CaseInput input) {
    List<String> dates = new ArrayList<>();
    if (input instanceof CaseInput.Raw raw) {
      LmCase lmCase = raw.lmCase();
      dates.add(lmCase.baseline().date().toString());
      lmCase.followUps().forEach(visit -> dates.add(visit.date().toString()));
    } else if (input instanceof CaseInput.Sequence sequence) {
      dates.add(sequence.sequence().referenceDate().toString());
      sequence.sequence().responses().forEach(response -> dates.add(response.date().toString()));
    }
    return dates;
  }

  private static String datePath(CaseInput input, int index) {
    boolean raw = input instanceof CaseInput.Raw;
    if (index == 0) {
      return raw ? "baseline.date" : "referenceDate";
    }
    return (raw ? "followUps[" : "responses[") + (index - 1) + "].date";
  }

  // ------------------------------------------------------------------------------------ items

  /** The tables of the items, by name, in a fixed order of kinds. */
  private static final class Tables {
    final int readers;
    final Map<String, ItemTable> byName = new LinkedHashMap<>();

    Tables(int readers) {
      this.readers = readers;
    }

    ItemTable get(String name, Level level) {
      return byName.computeIfAbsent(name, key -> new ItemTable(key, level, readers));
    }

    List<ItemTable> ordered() {
      List<ItemTable> list = new ArrayList<>(byName.values());
      list.sort(Comparator.comparingInt(table -> rank(table.name)));
      return list;
    }

    private static int rank(String name) {
      List<String> fixed = List.of("overall", "neuro", "csf", "imaging", "compositeScore");
      int at = fixed.indexOf(name);
      if (at >= 0) {
        return at;
      }
      if (name.startsWith("neuro.")) {
        return 10;
      }
      if (name.startsWith("targets.")) {
        return 11;
      }
      if (name.startsWith("lano2019.")) {
        return 12;
      }
      return switch (name) {
        case "bestOverallResponse" -> 20;
        case "confirmedBestOverallResponse" -> 21;
        default -> 22;
      };
    }
  }

  private void extract(
      Tables tables,
      String id,
      int reader,
      Scored scored,
      @Nullable Map<String, ItemTable.Unit> visitUnits) {
    CaseAssessment assessment = scored.assessment();
    List<TimePoint> points = assessment.timePoints();
    List<String> visits = scored.rating().visits().orElse(List.of());
    for (int i = 0; i < points.size(); i++) {
      TimePoint point = points.get(i);
      ItemTable.Unit unit =
          visitUnits == null
              ? new ItemTable.Unit(id, i, point.date().toString())
              : Objects.requireNonNull(visitUnits.get(visits.get(i)), "bug: visit without unit");
      tables.get("overall", Level.NOMINAL).category(unit, reader, point.overall().code());
      Optional<VisitAssessment> visit = point.assessment();
      if (visit.isPresent()) {
        VisitAssessment components = visit.get();
        tables
            .get("neuro", Level.NOMINAL)
            .category(unit, reader, components.neuro().status().name());
        tables.get("csf", Level.NOMINAL).category(unit, reader, components.csf().status().name());
        tables
            .get("imaging", Level.NOMINAL)
            .category(unit, reader, components.imaging().status().name());
        ItemTable composite = tables.get("compositeScore", Level.INTERVAL);
        if (components.imaging().compositeScore().isPresent()) {
          int score = components.imaging().compositeScore().getAsInt();
          composite.number(unit, reader, score, String.valueOf(score));
        } else {
          composite.missing(unit);
        }
      }
    }
    if (scored.rating().input() instanceof CaseInput.Raw raw) {
      LmCase lmCase = raw.lmCase();
      rated(
          tables,
          new ItemTable.Unit(id, BASELINE, lmCase.baseline().date().toString()),
          reader,
          lmCase.baseline());
      for (int i = 0; i < lmCase.followUps().size(); i++) {
        Visit visit = lmCase.followUps().get(i);
        rated(tables, new ItemTable.Unit(id, i, visit.date().toString()), reader, visit);
      }
    }
    ItemTable.Unit whole = new ItemTable.Unit(id, CASE, "");
    tables
        .get("bestOverallResponse", Level.NOMINAL)
        .category(whole, reader, assessment.bestOverallResponse().response().code());
    tables
        .get("confirmedBestOverallResponse", Level.NOMINAL)
        .category(whole, reader, assessment.confirmedBestOverallResponse().response().code());
    ItemTable progression = tables.get("progressionDate", Level.DATE);
    if (assessment.progression().isPresent()) {
      var date = assessment.progression().get().date();
      progression.number(whole, reader, (double) date.toEpochDay(), date.toString());
    } else {
      progression.number(whole, reader, NO_PROGRESSION, "none");
    }
  }

  /** The items a reader rates at a visit: domain levels, target scores, 2019 items. */
  private static void rated(Tables tables, ItemTable.Unit unit, int reader, Visit visit) {
    visit
        .neuro()
        .ifPresent(
            exam -> {
              for (Map.Entry<Domain, DomainValue> entry : exam.values().entrySet()) {
                ItemTable table =
                    tables
                        .get("neuro." + entry.getKey().key(), Level.ORDINAL)
                        .scale(0, entry.getKey().maxLevel());
                if (entry.getValue().level().isPresent()) {
                  int level = entry.getValue().level().getAsInt();
                  table.number(unit, reader, level, String.valueOf(level));
                } else {
                  table.missing(unit);
                }
              }
            });
    visit
        .imaging()
        .ifPresent(
            imaging -> {
              for (TargetLesion target : imaging.targets()) {
                ItemTable table =
                    tables
                        .get("targets." + target.id() + ".score", Level.ORDINAL)
                        .scale(0, TargetLesion.MAX_SCORE);
                if (target.score().isPresent()) {
                  int score = target.score().getAsInt();
                  table.number(unit, reader, score, String.valueOf(score));
                } else {
                  table.missing(unit);
                }
              }
            });
    visit
        .lano2019()
        .ifPresent(
            scorecard -> {
              for (Map.Entry<Lano2019Item, ItemRating> entry : scorecard.ratings().entrySet()) {
                String key = "lano2019." + entry.getKey().key();
                ItemRating rating = entry.getValue();
                tables
                    .get(key + ".presence", Level.NOMINAL)
                    .category(unit, reader, rating.presence().name());
                rating
                    .change()
                    .ifPresent(
                        change ->
                            tables
                                .get(key + ".change", Level.NOMINAL)
                                .category(unit, reader, change.name()));
              }
            });
  }

  // ------------------------------------------------------------------------------- statistics

  /**
   * Linear weights on the item's scale when its ends are known (neuro levels, target scores), else
   * by the rank of the categories used.
   */
  private static Function<Ratings, Coefficient> linearWeights(ItemTable table) {
    if (Double.isNaN(table.lowest)) {
      return CohenKappa::linearWeighted;
    }
    return pair -> CohenKappa.linearWeighted(pair, table.lowest, table.highest);
  }

  private Results.Item statistics(ItemTable table, List<String> readers) {
    int[] rows = table.pairable();
    Ratings ratings = table.ratings(rows);
    int[] clusters = table.clusters(rows);
    Bootstrap resample = Bootstrap.of(bootstrap, seed);
    double tolerance = table.level == Level.DATE ? toleranceDays : 0;
    List<Integer> raters = new ArrayList<>();
    for (int r = 0; r < readers.size(); r++) {
      if (table.rates(r)) {
        raters.add(r);
      }
    }
    Function<Ratings, Coefficient> kappa =
        table.level == Level.DATE
            ? pair -> CohenKappa.withinTolerance(pair, tolerance)
            : CohenKappa::unweighted;
    Results.Kappas cohen = kappas(ratings, clusters, raters, readers, kappa, resample);
    Results.Kappas weighted =
        table.level == Level.ORDINAL
            ? kappas(ratings, clusters, raters, readers, linearWeights(table), resample)
            : null;
    Function<Ratings, Coefficient> fleiss =
        table.level == Level.DATE && tolerance > 0
            ? data ->
                Coefficient.undefined(
                    "Fleiss' kappa has no form for agreement within a tolerance; see "
                        + "krippendorffAlpha")
            : FleissKappa::of;
    Function<Ratings, Coefficient> alpha =
        switch (table.level) {
          case NOMINAL -> KrippendorffAlpha::nominal;
          case ORDINAL -> KrippendorffAlpha::ordinal;
          case INTERVAL -> KrippendorffAlpha::interval;
          case DATE -> data -> KrippendorffAlpha.withinTolerance(data, tolerance);
        };
    Results.Estimate icc =
        table.level == Level.INTERVAL
            ? estimate(ratings, clusters, onlyRaters(raters), resample)
            : null;
    return new Results.Item(
        table.name,
        table.level,
        rows.length,
        table.ratedByOne(),
        raters.size(),
        PercentAgreement.withinTolerance(ratings, tolerance),
        cohen,
        weighted,
        estimate(ratings, clusters, fleiss, resample),
        estimate(ratings, clusters, alpha, resample),
        icc);
  }

  /** ICC(2,1) of the readers who rate the item (a reader who rates none would empty the table). */
  private static Function<Ratings, Coefficient> onlyRaters(List<Integer> raters) {
    return data -> {
      double[][] rows = new double[data.units()][raters.size()];
      for (int u = 0; u < data.units(); u++) {
        for (int i = 0; i < raters.size(); i++) {
          rows[u][i] = data.rating(u, raters.get(i)).orElse(Double.NaN);
        }
      }
      return Icc21.of(Ratings.of(rows));
    };
  }

  /**
   * A coefficient and its interval; the bootstrap resamples patients (clusters), each with all its
   * units of the item, since the follow-ups of one patient are not independent.
   */
  private static Results.Estimate estimate(
      Ratings ratings,
      int[] clusters,
      Function<Ratings, Coefficient> coefficient,
      Bootstrap resample) {
    Coefficient value = coefficient.apply(ratings);
    return new Results.Estimate(
        value,
        value.isDefined() ? resample.interval95(ratings, clusters, coefficient) : Optional.empty());
  }

  private static Results.Kappas kappas(
      Ratings ratings,
      int[] clusters,
      List<Integer> raters,
      List<String> readers,
      Function<Ratings, Coefficient> kappa,
      Bootstrap resample) {
    List<Results.Pair> pairs = new ArrayList<>();
    for (int i = 0; i < raters.size(); i++) {
      for (int j = i + 1; j < raters.size(); j++) {
        int a = raters.get(i);
        int b = raters.get(j);
        Ratings pair = ratings.pair(a, b);
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowClusters = new ArrayList<>();
        for (int u = 0; u < pair.units(); u++) {
          if (pair.rating(u, 0).isPresent() && pair.rating(u, 1).isPresent()) {
            rows.add(
                new double[] {pair.rating(u, 0).getAsDouble(), pair.rating(u, 1).getAsDouble()});
            rowClusters.add(clusters[u]);
          }
        }
        Ratings both = Ratings.of(rows.toArray(new double[0][]));
        int[] bothClusters = rowClusters.stream().mapToInt(Integer::intValue).toArray();
        pairs.add(
            new Results.Pair(
                readers.get(a),
                readers.get(b),
                both.units(),
                estimate(both, bothClusters, kappa, resample)));
      }
    }
    return new Results.Kappas(pairs);
  }

  // ------------------------------------------------------------------------------ adjudication

  private void adjudicate(
      ItemTable table, List<String> readers, List<Results.Adjudication> adjudication) {
    for (int u : table.pairable()) {
      List<Integer> rated = new ArrayList<>();
      for (int r = 0; r < readers.size(); r++) {
        if (!Double.isNaN(table.value(u, r))) {
          rated.add(r);
        }
      }
      double[] values = rated.stream().mapToDouble(r -> table.value(u, r)).toArray();
      Ratings unit = Ratings.of(new double[][] {values});
      double tolerance = table.level == Level.DATE ? toleranceDays : 0;
      if (PercentAgreement.withinTolerance(unit, tolerance).value().orElse(1) == 1) {
        continue;
      }
      List<String[]> byReader = Results.Adjudication.list();
      for (int r : rated) {
        byReader.add(new String[] {readers.get(r), table.label(u, r)});
      }
      ItemTable.Unit where = table.units.get(u);
      adjudication.add(
          new Results.Adjudication(
              where.caseId(),
              table.name,
              where.visit(),
              where.date(),
              where.visitKey(),
              where.dates(),
              byReader));
    }
  }

  // ------------------------------------------------------------------------------ completeness

  private static List<Results.Completeness> completeness(
      Map<String, Map<String, Scored>> patients,
      List<String> readers,
      Map<String, Map<String, ItemTable.Unit>> keyed) {
    List<Results.Completeness> list = new ArrayList<>();
    for (String reader : readers) {
      int ratings = 0;
      int complete = 0;
      Map<String, Integer> missing = new HashMap<>();
      for (Map<String, Scored> patient : patients.values()) {
        Scored scored = patient.get(reader);
        if (scored != null && scored.rating().visits().isPresent()) {
          ratings++;
          Map<String, ItemTable.Unit> units =
              Objects.requireNonNull(
                  keyed.get(scored.rating().input().id().orElseThrow()), "bug: keyed patient");
          boolean whole = true;
          for (ItemTable.Unit unit : units.values()) {
            if (!unit.dates().containsKey(reader)) {
              missing.merge("visit", 1, Integer::sum);
              whole = false;
            } else if (scored.rating().notEvaluated().contains(unit.visitKey())) {
              missing.merge("overall", 1, Integer::sum);
              whole = false;
            }
          }
          if (whole) {
            complete++;
          }
          continue;
        }
        if (scored == null || !(scored.rating().input() instanceof CaseInput.Raw raw)) {
          continue;
        }
        ratings++;
        Set<String> gaps = new TreeSet<>();
        List<Optional<Response>> calls = raw.reportedOverall();
        LmCase lmCase = raw.lmCase();
        List<String> fields = new ArrayList<>();
        required(lmCase.baseline(), fields);
        for (int i = 0; i < lmCase.followUps().size(); i++) {
          required(lmCase.followUps().get(i), fields);
          if (calls.get(i).isEmpty()) {
            fields.add("reportedOverall");
          }
        }
        for (String field : fields) {
          missing.merge(field, 1, Integer::sum);
          gaps.add(field);
        }
        if (gaps.isEmpty()) {
          complete++;
        }
      }
      List<Map.Entry<String, Integer>> most = new ArrayList<>(missing.entrySet());
      most.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      list.add(
          new Results.Completeness(
              reader,
              ratings,
              complete,
              List.copyOf(most.subList(0, Math.min(MOST_MISSING, most.size())))));
    }
    return list;
  }

  /** Adds the required fields a visit lacks (README, "Agreement between readers"). */
  private static void required(Visit visit, List<String> missing) {
    if (visit.neuro().isEmpty()) {
      missing.add("neuro");
    } else {
      visit
          .neuro()
          .get()
          .values()
          .forEach(
              (domain, value) -> {
                if (!value.isEvaluable()) {
                  missing.add("neuro." + domain.key());
                }
              });
    }
    if (visit.csf().isEmpty() || visit.csf().get().result() == CsfResult.NOT_DONE) {
      missing.add("csf");
    }
    if (visit.scorecard().isEmpty()) {
      missing.add("imaging");
    }
    visit
        .imaging()
        .ifPresent(
            imaging ->
                imaging.targets().stream()
                    .filter(target -> target.score().isEmpty())
                    .forEach(target -> missing.add("targets." + target.id() + ".score")));
    visit
        .lano2019()
        .ifPresent(
            scorecard ->
                scorecard
                    .ratings()
                    .forEach(
                        (item, rating) -> {
                          if (rating.presence() == ItemPresence.NE) {
                            missing.add("lano2019." + item.key() + ".presence");
                          }
                        }));
  }

  // --------------------------------------------------------------------------------- reported

  private static List<Results.Reported> reported(
      Map<String, Map<String, Scored>> patients, List<String> readers, boolean byVisit) {
    List<Results.Reported> list = new ArrayList<>();
    for (String reader : readers) {
      if (byVisit
          && patients.values().stream()
              .map(patient -> patient.get(reader))
              .noneMatch(scored -> scored != null && scored.rating().visits().isEmpty())) {
        continue; // responses matched by visit are the readers' own calls: nothing is derived
      }
      int calls = 0;
      int agreeing = 0;
      List<Results.Disagreement> disagreements = new ArrayList<>();
      for (Map.Entry<String, Map<String, Scored>> patient : patients.entrySet()) {
        Scored scored = patient.getValue().get(reader);
        if (scored == null) {
          continue;
        }
        List<Optional<Response>> reported = scored.rating().input().reportedOverall();
        List<TimePoint> points = scored.assessment().timePoints();
        for (int i = 0; i < reported.size() && i < points.size(); i++) {
          if (reported.get(i).isEmpty()) {
            continue;
          }
          calls++;
          Response call = reported.get(i).get();
          TimePoint point = points.get(i);
          if (call == point.overall()) {
            agreeing++;
          } else {
            disagreements.add(
                new Results.Disagreement(
                    patient.getKey(),
                    i,
                    point.date().toString(),
                    call.code(),
                    point.overall().code(),
                    point
                        .assessment()
                        .map(a -> a.rules().stream().map(rule -> rule.id()).toList())
                        .orElse(List.of())));
          }
        }
      }
      list.add(new Results.Reported(reader, calls, agreeing, disagreements));
    }
    return list;
  }
}
