package org.rano.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.LmCase;
import org.rano.Policy;
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
import org.rano.neuro.Instrument;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Reads one case of the case format (README, "The case format") into the library's types: an {@link
 * LmCase} for raw assessments (the case has {@code baseline}) or a {@link ResponseSequence} (the
 * case has {@code referenceDate} and {@code responses}), with the criteria of the command
 * overridden by the case's own {@code criteria} object.
 *
 * <p>The reader maps JSON shapes onto the library's builders and checks only what JSON alone can
 * get wrong: unknown fields, duplicate keys, wrong JSON types, fractions where a whole number is
 * required, numbers out of range, unknown enum words, missing required fields. Everything clinical
 * (ranges, a visit's lesions, a follow-up against its baseline, dates in order, one imaging
 * profile, the criteria's profile) is checked by the library, once, as the reader hands it each
 * value and each visit in the order of the format; its errors are re-prefixed with the enclosing
 * path. So the first invalid field is reported in schema order, an unknown field of an object
 * before its other fields.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseReader {

  private static final List<String> CASE_FIELDS =
      List.of("id", "criteria", "baseline", "followUps", "referenceDate", "responses");
  private static final List<String> VISIT_FIELDS =
      List.of(
          "date",
          "neuro",
          "csf",
          "targets",
          "nonTargets",
          "newLesions",
          "lano2019",
          "steroidMgPerDay",
          "parenchymal",
          "clinicalDeterioration");
  private static final List<String> DOMAIN_VALUE_FIELDS = List.of("level", "attributedTo", "note");
  private static final List<String> CSF_FIELDS = List.of("result", "volumeMl");
  private static final List<String> TARGET_FIELDS = List.of("id", "site", "score", "diametersMm");
  private static final List<String> NON_TARGET_FIELDS = List.of("id", "site", "status");
  private static final List<String> NEW_LESION_FIELDS = List.of("site", "equivocal");
  private static final List<String> PARENCHYMAL_FIELDS = List.of("brain", "spine");
  private static final List<String> RESPONSE_FIELDS = List.of("date", "response");
  private static final List<String> LANO_ITEMS = lanoItemKeys();
  private static final List<String> LANO_ITEM_FIELDS = List.of("present", "change", "nodulesMm");

  /** The name the library gives a pair of diameters in its paths. */
  private static final String DIAMETERS = "diametersMm";

  private static final List<String> POLICIES =
      Arrays.stream(Policy.values()).map(Policy::key).toList();
  private static final Instrument INSTRUMENT = Lano.INSTRUMENT;

  private final Criteria base;

  /**
   * Obtains a reader.
   *
   * @param base the criteria of the command, which a case's {@code criteria} object overrides
   */
  CaseReader(Criteria base) {
    this.base = base;
  }

  /**
   * Reads one case.
   *
   * @param text the case as one JSON object, not null
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput read(String text) throws CaseRejection {
    ObjectNode root;
    try {
      root = Json.parseObject(text);
    } catch (InvalidInputException e) {
      throw CaseRejection.of(e.path().isEmpty() ? null : Json.lenientId(text), e);
    }
    JsonNode idNode = root.get("id");
    @Nullable String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
    try {
      return read(root);
    } catch (InvalidInputException e) {
      throw CaseRejection.of(id, e);
    }
  }

  private CaseInput read(ObjectNode root) {
    Json.onlyKnown(root, "", CASE_FIELDS, "field");
    Optional<String> id =
        root.has("id") ? Optional.of(Json.id(root.get("id"), "id")) : Optional.empty();
    boolean raw = root.has("baseline") || root.has("followUps");
    boolean sequence = root.has("referenceDate") || root.has("responses");
    if (raw && sequence) {
      String field = root.has("referenceDate") ? "referenceDate" : "responses";
      throw InvalidInputException.of(
          field,
          null,
          "a case has either baseline and followUps "
              + "(raw assessments) or referenceDate and responses (a response sequence), not both");
    }
    if (!raw && !sequence) {
      throw InvalidInputException.of(
          "baseline",
          null,
          "is missing; a case has baseline and "
              + "followUps (raw assessments) or referenceDate and responses (a response sequence)");
    }
    Criteria criteria = readCriteria(root);
    return raw ? readRaw(root, id, criteria) : readSequence(root, id, criteria);
  }

  // ---------------------------------------------------------------------------------- criteria

  private Criteria readCriteria(ObjectNode root) {
    JsonNode node = root.get("criteria");
    if (node == null) {
      return base;
    }
    ObjectNode object = Json.object(node, "criteria");
    Json.onlyKnown(object, "criteria", POLICIES, "policy");
    Criteria criteria = base;
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      Policy policy = Policy.ofKey(entry.getKey()); // known: onlyKnown checked the names
      String path = Json.at("criteria", policy.key());
      String value =
          switch (policy.kind()) {
            case VOLUME -> Json.decimal(entry.getValue(), path).toPlainString();
            case DAYS, POINTS ->
                String.valueOf(Json.integer(entry.getValue(), path, policy.allowed()));
            case SWITCH -> String.valueOf(Json.bool(entry.getValue(), path));
            case ENUM -> Json.text(entry.getValue(), path);
          };
      Criteria before = criteria;
      criteria = core("criteria", () -> policy.set(before, value));
    }
    return criteria;
  }

  // ------------------------------------------------------------------------------ raw assessments

  private CaseInput readRaw(ObjectNode root, Optional<String> id, Criteria criteria) {
    LmCase.Builder builder = LmCase.builder().imagingProfile(criteria.imaging());
    id.ifPresent(builder::id);
    ObjectNode baselineNode =
        Json.object(Json.required(root, "", "baseline", "the baseline assessment"), "baseline");
    Visit baseline = readVisit(baselineNode, "baseline", true);
    core("", () -> builder.baseline(baseline));
    JsonNode followUpsNode = root.get("followUps");
    if (followUpsNode != null) {
      ArrayNode array = Json.array(followUpsNode, "followUps");
      for (int i = 0; i < array.size(); i++) {
        String path = Json.at("followUps", i);
        Visit visit = readVisit(Json.object(array.get(i), path), path, false);
        core("", () -> builder.followUp(visit));
      }
    }
    return new CaseInput.Raw(core("", builder::build), criteria);
  }

  /**
   * One visit. {@code clinicalDeterioration} is a field of follow-ups only, so at baseline it is
   * rejected whatever its value (the library, which cannot tell a false given from one left out,
   * rejects only {@code true}).
   */
  private Visit readVisit(ObjectNode node, String path, boolean atBaseline) {
    Json.onlyKnown(node, path, VISIT_FIELDS, "field");
    String date =
        Json.text(
            Json.required(node, path, "date", "an ISO date such as 2026-01-05"),
            Json.at(path, "date"));
    Visit.Builder visit = core(path, () -> Visit.on(date));
    JsonNode neuro = node.get("neuro");
    if (neuro != null) {
      visit.neuro(readNeuro(Json.object(neuro, Json.at(path, "neuro")), Json.at(path, "neuro")));
    }
    JsonNode csf = node.get("csf");
    if (csf != null) {
      visit.csf(readCsf(Json.object(csf, Json.at(path, "csf")), Json.at(path, "csf")));
    }
    readScorecard(node, path, visit);
    JsonNode lano2019 = node.get("lano2019");
    if (lano2019 != null) {
      String at = Json.at(path, "lano2019");
      Lano2019Imaging scorecard = readLano2019(Json.object(lano2019, at), at);
      core(path, () -> visit.lano2019(scorecard));
    }
    JsonNode steroids = node.get("steroidMgPerDay");
    if (steroids != null) {
      BigDecimal dose = Json.decimal(steroids, Json.at(path, "steroidMgPerDay"));
      core(path, () -> visit.steroids(dose));
    }
    JsonNode parenchymal = node.get("parenchymal");
    if (parenchymal != null) {
      String at = Json.at(path, "parenchymal");
      visit.parenchymal(readParenchymal(Json.object(parenchymal, at), at));
    }
    JsonNode deterioration = node.get("clinicalDeterioration");
    if (deterioration != null) {
      String at = Json.at(path, "clinicalDeterioration");
      boolean judged = Json.bool(deterioration, at);
      if (atBaseline) {
        throw InvalidInputException.of(
            at,
            judged,
            "is for follow-ups only: deterioration needs "
                + "a reference (NEURO-9); leave it out at baseline");
      }
      visit.clinicalDeterioration(judged);
    }
    return core(path, visit::build);
  }

  /** The 2017 scorecard: {@code targets}, {@code nonTargets}, {@code newLesions} (IMG-14). */
  private static void readScorecard(ObjectNode node, String path, Visit.Builder visit) {
    JsonNode targets = node.get("targets");
    JsonNode nonTargets = node.get("nonTargets");
    JsonNode newLesions = node.get("newLesions");
    if (targets == null && nonTargets == null && newLesions == null) {
      return;
    }
    visit.imagingDone();
    if (targets != null) {
      String at = Json.at(path, "targets");
      ArrayNode array = Json.array(targets, at);
      for (int i = 0; i < array.size(); i++) {
        String element = Json.at(at, i);
        visit.target(readTarget(Json.object(array.get(i), element), element));
      }
    }
    if (nonTargets != null) {
      String at = Json.at(path, "nonTargets");
      ArrayNode array = Json.array(nonTargets, at);
      for (int i = 0; i < array.size(); i++) {
        String element = Json.at(at, i);
        visit.nonTarget(readNonTarget(Json.object(array.get(i), element), element));
      }
    }
    if (newLesions != null) {
      String at = Json.at(path, "newLesions");
      ArrayNode array = Json.array(newLesions, at);
      for (int i = 0; i < array.size(); i++) {
        String element = Json.at(at, i);
        visit.newLesion(readNewLesion(Json.object(array.get(i), element), element));
      }
    }
  }

  /**
   * The revised 2019 scorecard ({@code lano2019}, spec section 4.4): the items in the order of
   * {@link Lano2019Item}; the library checks that every item is rated, and, in the case, that a
   * change is given at follow-ups only.
   */
  private static Lano2019Imaging readLano2019(ObjectNode node, String path) {
    Json.onlyKnown(node, path, LANO_ITEMS, "item");
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      JsonNode value = node.get(item.key());
      if (value != null) {
        String at = Json.at(path, item.key());
        ratings.put(item, readItem(Json.object(value, at), at, item));
      }
    }
    return core(path, () -> Lano2019Imaging.of(ratings));
  }

  /**
   * One item: {@code present}, {@code change} (follow-ups only), and {@code nodulesMm} for the
   * nodular items only: a field the other items do not have, as the schema says.
   */
  private static ItemRating readItem(ObjectNode node, String path, Lano2019Item item) {
    Json.onlyKnown(node, path, LANO_ITEM_FIELDS, "field");
    if (!item.isNodular() && node.has("nodulesMm")) {
      throw InvalidInputException.of(
          Json.at(path, "nodulesMm"),
          "nodulesMm",
          "nodules are "
              + "recorded only for brainNodules and spineNodules; leave nodulesMm out of "
              + item.key());
    }
    ItemPresence presence =
        readPresence(
            Json.required(node, path, "present", "true, false or \"NE\""),
            Json.at(path, "present"));
    JsonNode changeNode = node.get("change");
    ItemRating rating =
        changeNode == null
            ? ItemRating.atBaseline(presence)
            : ItemRating.atFollowUp(
                presence, Json.word(changeNode, Json.at(path, "change"), ItemChange.class));
    JsonNode nodulesNode = node.get("nodulesMm");
    if (nodulesNode == null) {
      return rating;
    }
    String at = Json.at(path, "nodulesMm");
    ArrayNode array = Json.array(nodulesNode, at);
    List<Diameters> nodules = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      nodules.add(readNodule(array.get(i), Json.at(at, i)));
    }
    return core(path, () -> rating.withNodules(nodules));
  }

  /** {@code present}: {@code true}, {@code false} or {@code "NE"}. */
  private static ItemPresence readPresence(JsonNode value, String path) {
    if (value.isBoolean()) {
      return value.booleanValue() ? ItemPresence.PRESENT : ItemPresence.ABSENT;
    }
    if (value.isTextual() && "NE".equals(value.textValue())) {
      return ItemPresence.NE;
    }
    if (value.isTextual()) {
      throw InvalidInputException.of(
          path,
          Echo.quote(value.textValue()),
          Json.shortText(value) + " is not allowed; " + "allowed: true, false or \"NE\"");
    }
    throw Json.wrongType(value, path, "true, false or \"NE\"");
  }

  /** One nodule: {@code [long, short]} in mm, as the diameters of a target. */
  private static Diameters readNodule(JsonNode value, String path) {
    ArrayNode pair = Json.array(value, path);
    if (pair.size() != 2) {
      throw InvalidInputException.of(
          path, pair.size() + " values", pair.size() + " values; allowed: [long, short] in mm");
    }
    BigDecimal longMm = Json.decimal(pair.get(0), Json.at(path, 0));
    BigDecimal shortMm = Json.decimal(pair.get(1), Json.at(path, 1));
    try {
      return Diameters.of(longMm, shortMm);
    } catch (InvalidInputException e) {
      // The library names the pair diametersMm; here it is the nodule's own path.
      String inPair = e.path().startsWith(DIAMETERS) ? e.path().substring(DIAMETERS.length()) : "";
      throw InvalidInputException.of(path + inPair, e.value(), e.problem());
    }
  }

  private static List<String> lanoItemKeys() {
    List<String> keys = new ArrayList<>();
    for (Lano2019Item item : Lano2019Item.values()) {
      keys.add(item.key());
    }
    return List.copyOf(keys);
  }

  private static NeuroExam readNeuro(ObjectNode node, String path) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (INSTRUMENT.domain(name).isEmpty()) {
        String quoted = Echo.quote(name);
        throw InvalidInputException.of(
            Json.at(path, quoted),
            quoted,
            "unknown domain \"" + quoted + "\"; allowed: " + INSTRUMENT.keys());
      }
    }
    NeuroExam.Builder exam = NeuroExam.builder(INSTRUMENT);
    for (Domain domain : INSTRUMENT.domains()) {
      JsonNode value = node.get(domain.key());
      String at = Json.at(path, domain.key());
      if (value == null) {
        continue; // the exam names the first domain missing when it is built
      }
      DomainValue domainValue = readDomainValue(value, at);
      // The exam checks the level against the domain; in the object form the level has a field
      // of its own, so that is where the error points.
      coreAt(value.isObject() ? Json.at(at, "level") : at, () -> exam.set(domain, domainValue));
    }
    return core(path, exam::build);
  }

  private static DomainValue readDomainValue(JsonNode value, String path) {
    String allowed =
        "a whole-number level, \"NE\", or an object {\"level\", \"attributedTo\", " + "\"note\"}";
    if (value.isObject()) {
      ObjectNode object = (ObjectNode) value;
      Json.onlyKnown(object, path, DOMAIN_VALUE_FIELDS, "field");
      String levelPath = Json.at(path, "level");
      OptionalInt level =
          readLevel(
              Json.required(object, path, "level", "a whole-number level or \"NE\""), levelPath);
      DomainValue domainValue =
          level.isPresent() ? DomainValue.level(level.getAsInt()) : DomainValue.notEvaluable();
      if (object.has("attributedTo")) {
        domainValue =
            domainValue.withCause(
                Json.word(
                    object.get("attributedTo"), Json.at(path, "attributedTo"), Attribution.class));
      }
      if (object.has("note")) {
        domainValue = domainValue.withNote(Json.text(object.get("note"), Json.at(path, "note")));
      }
      return domainValue;
    }
    if (value.isNumber() || value.isTextual()) {
      OptionalInt level = readLevel(value, path);
      return level.isPresent() ? DomainValue.level(level.getAsInt()) : DomainValue.notEvaluable();
    }
    throw Json.wrongType(value, path, allowed);
  }

  /** A level: a whole number, or {@code "NE"} (empty). */
  private static OptionalInt readLevel(JsonNode value, String path) {
    if (value.isTextual()) {
      if ("NE".equals(value.textValue())) {
        return OptionalInt.empty();
      }
      throw InvalidInputException.of(
          path,
          Echo.quote(value.textValue()),
          Json.shortText(value) + " is not allowed; " + "allowed: a whole-number level or \"NE\"");
    }
    if (value.isNumber()) {
      return OptionalInt.of(Json.integer(value, path, "a whole-number level or \"NE\""));
    }
    throw Json.wrongType(value, path, "a whole-number level or \"NE\"");
  }

  private static CsfSample readCsf(ObjectNode node, String path) {
    Json.onlyKnown(node, path, CSF_FIELDS, "field");
    CsfResult result =
        Json.word(
            Json.required(node, path, "result", "the cytology result"),
            Json.at(path, "result"),
            CsfResult.class);
    JsonNode volume = node.get("volumeMl");
    if (volume == null) {
      return CsfSample.of(result);
    }
    BigDecimal ml = Json.decimal(volume, Json.at(path, "volumeMl"));
    return core(path, () -> CsfSample.of(result, ml));
  }

  private static TargetLesion readTarget(ObjectNode node, String path) {
    Json.onlyKnown(node, path, TARGET_FIELDS, "field");
    String id = Json.text(Json.required(node, path, "id", "the lesion id"), Json.at(path, "id"));
    Optional<Site> site =
        node.has("site")
            ? Optional.of(Json.word(node.get("site"), Json.at(path, "site"), Site.class))
            : Optional.empty();
    JsonNode scoreNode = Json.required(node, path, "score", "a whole-number score or \"NE\"");
    String scorePath = Json.at(path, "score");
    OptionalInt score;
    if (scoreNode.isTextual() && "NE".equals(scoreNode.textValue())) {
      score = OptionalInt.empty();
    } else if (scoreNode.isNumber()) {
      score = OptionalInt.of(Json.integer(scoreNode, scorePath, "a whole-number score or \"NE\""));
    } else if (scoreNode.isTextual()) {
      throw InvalidInputException.of(
          scorePath,
          Echo.quote(scoreNode.textValue()),
          Json.shortText(scoreNode) + " is not allowed; allowed: a whole-number score or \"NE\"");
    } else {
      throw Json.wrongType(scoreNode, scorePath, "a whole-number score or \"NE\"");
    }
    Optional<Diameters> diameters = Optional.empty();
    JsonNode diametersNode = node.get("diametersMm");
    if (diametersNode != null) {
      String at = Json.at(path, "diametersMm");
      ArrayNode pair = Json.array(diametersNode, at);
      if (pair.size() != 2) {
        throw InvalidInputException.of(
            at, pair.size() + " values", pair.size() + " values; allowed: [long, short] in mm");
      }
      BigDecimal longMm = Json.decimal(pair.get(0), Json.at(at, 0));
      BigDecimal shortMm = Json.decimal(pair.get(1), Json.at(at, 1));
      diameters = Optional.of(core(path, () -> Diameters.of(longMm, shortMm)));
    }
    OptionalInt scored = score;
    TargetLesion lesion =
        core(
            path,
            () ->
                scored.isPresent()
                    ? TargetLesion.of(id, scored.getAsInt())
                    : TargetLesion.notEvaluable(id));
    if (site.isPresent()) {
      lesion = lesion.withSite(site.get());
    }
    return diameters.isPresent() ? lesion.withDiameters(diameters.get()) : lesion;
  }

  private static NonTargetLesion readNonTarget(ObjectNode node, String path) {
    Json.onlyKnown(node, path, NON_TARGET_FIELDS, "field");
    String id = Json.text(Json.required(node, path, "id", "the lesion id"), Json.at(path, "id"));
    Optional<Site> site =
        node.has("site")
            ? Optional.of(Json.word(node.get("site"), Json.at(path, "site"), Site.class))
            : Optional.empty();
    NonTargetStatus status =
        Json.word(
            Json.required(node, path, "status", "the status of the lesion"),
            Json.at(path, "status"),
            NonTargetStatus.class);
    return core(
        path,
        () ->
            site.isPresent()
                ? NonTargetLesion.of(id, site.get(), status)
                : NonTargetLesion.of(id, status));
  }

  private static NewLesion readNewLesion(ObjectNode node, String path) {
    Json.onlyKnown(node, path, NEW_LESION_FIELDS, "field");
    Site site =
        Json.word(
            Json.required(node, path, "site", "the site of the new lesion"),
            Json.at(path, "site"),
            Site.class);
    boolean equivocal =
        node.has("equivocal") && Json.bool(node.get("equivocal"), Json.at(path, "equivocal"));
    return NewLesion.of(site, equivocal);
  }

  private static Parenchymal readParenchymal(ObjectNode node, String path) {
    Json.onlyKnown(node, path, PARENCHYMAL_FIELDS, "field");
    Parenchymal record = Parenchymal.none();
    if (node.has("brain")) {
      record =
          record.withBrain(
              Json.word(node.get("brain"), Json.at(path, "brain"), ParenchymalStatus.class));
    }
    if (node.has("spine")) {
      record =
          record.withSpine(
              Json.word(node.get("spine"), Json.at(path, "spine"), ParenchymalStatus.class));
    }
    return record;
  }

  // -------------------------------------------------------------------------- response sequence

  private static CaseInput readSequence(ObjectNode root, Optional<String> id, Criteria criteria) {
    String referenceDate =
        Json.text(
            Json.required(root, "", "referenceDate", "the reference (baseline) date"),
            "referenceDate");
    ResponseSequence.Builder sequence = core("", () -> ResponseSequence.from(referenceDate));
    id.ifPresent(sequence::id);
    JsonNode responses = root.get("responses");
    if (responses != null) {
      ArrayNode array = Json.array(responses, "responses");
      for (int i = 0; i < array.size(); i++) {
        String path = Json.at("responses", i);
        ObjectNode element = Json.object(array.get(i), path);
        Json.onlyKnown(element, path, RESPONSE_FIELDS, "field");
        String date =
            Json.text(Json.required(element, path, "date", "an ISO date"), Json.at(path, "date"));
        Response response =
            Json.word(
                Json.required(element, path, "response", "the overall response"),
                Json.at(path, "response"),
                Response.class);
        core("", () -> sequence.add(date, response));
      }
    }
    return new CaseInput.Sequence(core("", sequence::build), criteria);
  }

  // ------------------------------------------------------------------------------------ helpers

  /** Calls the library, re-prefixing its errors with the enclosing path. */
  private static <T> T core(String prefix, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw e.withPrefix(prefix);
    }
  }

  /** Runs a core call whose only possible error concerns the field at {@code path}. */
  private static <T> T coreAt(String path, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.value(), e.problem());
    }
  }
}
