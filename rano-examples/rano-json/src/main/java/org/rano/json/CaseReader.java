package org.rano.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.rano.json.Fields.Elements;
import org.rano.json.Fields.Scan;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Instrument;
import org.rano.neuro.NeuroExam;

/**
 * Reads one case of the case format (README, "The case format") into the library's types, token by
 * token from Jackson's streaming parser onto rano-core's builders, with no tree of the JSON.
 *
 * <p>The reader maps JSON shapes onto the library's builders and checks only what JSON alone can
 * get wrong: unknown fields, duplicate keys, wrong JSON types, fractions where a whole number is
 * required, numbers out of range, unknown enum words, missing required fields. Everything clinical
 * is checked by the library, once, as the reader hands it each value and each visit in the order of
 * the format; its errors are re-prefixed with the enclosing path. The first invalid field is
 * reported in schema order, an unknown field of an object before its other fields (see {@link
 * Fields} for how a stream keeps that order). Two field-presence rules are the format's own: {@code
 * clinicalDeterioration} is for follow-ups only, and {@code nodulesMm} for the nodular items of
 * {@code lano2019} only.
 *
 * <p>The keys of the {@code neuro} block come from the case's instrument ({@code "instrument"},
 * {@code LANO} when left out); since the instrument may stand after the visits, a visit is kept as
 * a draft of its values until the whole case is read.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseReader {

  // root
  private static final Fields CASE =
      Fields.of(
          "field",
          "id",
          "criteria",
          "baseline",
          "followUps",
          "referenceDate",
          "responses",
          "instrument",
          "reader");
  private static final int ID = 0;
  private static final int CRITERIA = 1;
  private static final int BASELINE = 2;
  private static final int FOLLOW_UPS = 3;
  private static final int REFERENCE_DATE = 4;
  private static final int RESPONSES = 5;
  private static final int INSTRUMENT = 6;
  private static final int READER = 7;

  // a visit
  private static final Fields VISIT =
      Fields.of(
          "field",
          "date",
          "neuro",
          "csf",
          "targets",
          "nonTargets",
          "newLesions",
          "lano2019",
          "steroidMgPerDay",
          "parenchymal",
          "clinicalDeterioration",
          "reportedOverall");
  private static final int DATE = 0;
  private static final int NEURO = 1;
  private static final int CSF = 2;
  private static final int TARGETS = 3;
  private static final int NON_TARGETS = 4;
  private static final int NEW_LESIONS = 5;
  private static final int LANO_2019 = 6;
  private static final int STEROIDS = 7;
  private static final int PARENCHYMAL = 8;
  private static final int DETERIORATION = 9;
  private static final int REPORTED_OVERALL = 10;

  private static final Fields DOMAIN_VALUE = Fields.of("field", "level", "attributedTo", "note");
  private static final Fields CSF_FIELDS = Fields.of("field", "result", "volumeMl");
  private static final Fields TARGET = Fields.of("field", "id", "site", "score", "diametersMm");
  private static final Fields NON_TARGET = Fields.of("field", "id", "site", "status");
  private static final Fields NEW_LESION = Fields.of("field", "site", "equivocal");
  private static final Fields PARENCHYMAL_FIELDS = Fields.of("field", "brain", "spine");
  private static final Fields RESPONSE = Fields.of("field", "date", "response");
  private static final Fields LANO_ITEMS =
      Fields.of("item", Arrays.stream(Lano2019Item.values()).map(Lano2019Item::key).toList());
  private static final Fields LANO_ITEM = Fields.of("field", "present", "change", "nodulesMm");
  private static final Fields POLICIES =
      Fields.of("policy", Arrays.stream(Policy.values()).map(Policy::key).toList());

  private static final Words<CsfResult> CSF_RESULTS = Words.of(CsfResult.class);
  private static final Words<Site> SITES = Words.of(Site.class);
  private static final Words<NonTargetStatus> STATUSES = Words.of(NonTargetStatus.class);
  private static final Words<ParenchymalStatus> PARENCHYMAL_STATUSES =
      Words.of(ParenchymalStatus.class);

  /** A response of a response sequence: any code, NON-CR/NON-PD included (issue 15). */
  private static final Words<Response> RESPONSES_WORDS =
      Words.of(Response.class, Response::code, response -> true);

  /** A rater's own overall call on a RANO-LM follow-up: RANO-LM's five calls only. */
  private static final Words<Response> CALLS_WORDS =
      Words.of(Response.class, Response::code, Response::isRanoLm);

  private static final Words<ItemChange> CHANGES = Words.of(ItemChange.class);
  private static final Words<Attribution> ATTRIBUTIONS = Words.of(Attribution.class);

  /** The name the library gives a pair of diameters in its paths. */
  private static final String DIAMETERS = "diametersMm";

  private static final String LEVEL = "a whole-number level or \"NE\"";
  private static final String SCORE = "a whole-number score or \"NE\"";

  private final Criteria base;
  private final Map<String, Instrument> instruments;
  private final Instrument defaultInstrument;
  private final List<String> instrumentNames;

  /**
   * Obtains a reader.
   *
   * @param base the criteria a case's {@code criteria} object overrides
   * @param instruments the instruments a case may name, by name, the default first
   */
  CaseReader(Criteria base, Map<String, Instrument> instruments) {
    this.base = base;
    this.instruments = Map.copyOf(instruments);
    this.defaultInstrument = instruments.values().iterator().next();
    this.instrumentNames = List.copyOf(instruments.keySet());
  }

  /**
   * Reads one case.
   *
   * @param text the case as one JSON object, not null
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput read(String text) {
    try (JsonInput in = JsonInput.fast(text)) {
      return readRoot(in).build();
    } catch (IOException | RuntimeException e) {
      // Rejected (or a bug): the strict reading gives the error, or meets the bug again.
      return readStrictly(text);
    }
  }

  /**
   * Reads one case with Jackson's own search for duplicate keys: the reading whose errors are the
   * format's. {@link #read(String)} and {@link #read(byte[], int, int)} read a case that fails
   * again this way.
   *
   * @param text the case as one JSON object, not null
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput readStrictly(String text) {
    Root root;
    try (JsonInput in = JsonInput.of(text)) {
      root = readRoot(in);
    } catch (JsonInput.Syntax e) {
      throw syntax(text, e.error());
    } catch (JsonProcessingException e) {
      throw syntax(text, JsonInput.fromParser(e));
    } catch (IOException e) {
      throw CaseRejection.of(
          null, InvalidInputException.of("", null, "not JSON: " + e.getMessage()));
    }
    try {
      return root.build();
    } catch (InvalidInputException e) {
      throw CaseRejection.of(root.caseId, e);
    }
  }

  /**
   * Reads one case from its UTF-8 bytes, which must be well-formed UTF-8 (the caller checks): the
   * parser reads the bytes themselves, without decoding them to a string first. A case that fails
   * is read again from its decoded text by {@link #readStrictly(String)}, so that every rejection
   * is exactly that of the text, whichever way the case arrived.
   *
   * @param utf8 the bytes, not null
   * @param offset where the case starts
   * @param length its length in bytes
   * @return the case, ready to be scored, not null
   * @throws CaseRejection naming the first invalid field, with the case id when it could be read
   */
  CaseInput read(byte[] utf8, int offset, int length) {
    try (JsonInput in = JsonInput.of(utf8, offset, length)) {
      return readRoot(in).build();
    } catch (IOException | RuntimeException e) {
      // Rejected (or a bug): the text's own reading gives the error, or meets the bug again.
      return readStrictly(new String(utf8, offset, length, StandardCharsets.UTF_8));
    }
  }

  /** Reads the one object of a text, up to the end of the text. */
  private Root readRoot(JsonInput in) throws IOException {
    JsonToken first = in.next();
    if (first == null) {
      throw new JsonInput.Syntax(
          InvalidInputException.of("", null, "no JSON value; allowed: a case as one JSON object"));
    }
    if (first != JsonToken.START_OBJECT) {
      String kind = in.kind();
      in.skipValue();
      throw new JsonInput.Syntax(
          InvalidInputException.of("", null, "a case is a JSON object; got " + kind));
    }
    Root root = new Root(in);
    in.requireEnd("one case per text");
    return root;
  }

  private static CaseRejection syntax(String text, InvalidInputException e) {
    return CaseRejection.of(e.path().isEmpty() ? null : JsonInput.lenientId(text), e);
  }

  // -------------------------------------------------------------------------------------- root

  /** The case's fields as read, judged in the format's order by {@link #build()}. */
  private final class Root {
    @Nullable String caseId;
    @Nullable String id;
    @Nullable Criteria criteria;
    @Nullable String instrument;
    @Nullable String reader;
    @Nullable VisitDraft baseline;
    @Nullable Elements<VisitDraft> followUps;
    @Nullable String referenceDate;
    @Nullable Elements<DatedResponse> responses;
    final Scan scan;

    Root(JsonInput in) throws IOException {
      scan =
          CASE.scan(
              in,
              field -> {
                switch (field) {
                  case ID -> {
                    if (in.isText()) {
                      caseId = in.rawText();
                    }
                    id = in.id();
                  }
                  case CRITERIA -> criteria = readCriteria(in);
                  case BASELINE -> baseline = new VisitDraft(in, true);
                  case FOLLOW_UPS -> followUps = Fields.array(in, () -> new VisitDraft(in, false));
                  case REFERENCE_DATE -> referenceDate = in.text();
                  case RESPONSES -> responses = Fields.array(in, () -> readResponse(in));
                  case INSTRUMENT -> instrument = in.text();
                  default -> reader = readReader(in);
                }
              });
    }

    CaseInput build() {
      scan.checkUnknown();
      scan.check(ID);
      scan.check(READER);
      boolean raw = scan.has(BASELINE) || scan.has(FOLLOW_UPS);
      boolean sequence = scan.has(REFERENCE_DATE) || scan.has(RESPONSES);
      if (raw && sequence) {
        String field = scan.has(REFERENCE_DATE) ? "referenceDate" : "responses";
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
      scan.check(CRITERIA);
      Criteria inForce = criteria == null ? base : criteria;
      scan.check(INSTRUMENT);
      Instrument neuro = instrument == null ? defaultInstrument : instrument(instrument);
      return raw ? buildRaw(inForce, neuro) : buildSequence(inForce);
    }

    private Optional<String> reader() {
      return Optional.ofNullable(reader);
    }

    private CaseInput buildRaw(Criteria inForce, Instrument neuro) {
      LmCase.Builder builder = LmCase.builder().imagingProfile(inForce.imaging());
      if (id != null) {
        builder.id(id);
      }
      scan.check(BASELINE);
      VisitDraft first = baseline;
      if (first == null) {
        throw InvalidInputException.of(
            "baseline", null, "is missing; required: the baseline assessment");
      }
      Visit visit = first.build(neuro, "baseline");
      Fields.core("", () -> builder.baseline(visit));
      Elements<VisitDraft> drafts = followUps;
      List<Optional<Response>> reported = new ArrayList<>();
      if (drafts != null) {
        scan.check(FOLLOW_UPS);
        List<VisitDraft> values = drafts.values();
        for (int i = 0; i < values.size(); i++) {
          VisitDraft draft = values.get(i);
          Visit followUp = draft.build(neuro, JsonInput.at("followUps", i));
          Fields.core("", () -> builder.followUp(followUp));
          reported.add(Optional.ofNullable(draft.reportedOverall));
        }
        drafts.check();
      } else {
        scan.check(FOLLOW_UPS);
      }
      return new CaseInput.Raw(Fields.core("", builder::build), inForce, reader(), reported);
    }

    private CaseInput buildSequence(Criteria inForce) {
      scan.check(REFERENCE_DATE);
      String reference = referenceDate;
      if (reference == null) {
        throw InvalidInputException.of(
            "referenceDate", null, "is missing; required: the reference (baseline) date");
      }
      ResponseSequence.Builder builder = Fields.core("", () -> ResponseSequence.from(reference));
      if (id != null) {
        builder.id(id);
      }
      scan.check(RESPONSES);
      Elements<DatedResponse> given = responses;
      if (given != null) {
        for (DatedResponse response : given.values()) {
          Fields.core("", () -> builder.add(response.date(), response.response()));
        }
        given.check();
      }
      return new CaseInput.Sequence(Fields.core("", builder::build), inForce, reader());
    }
  }

  /** The case's {@code instrument}: one of the known ones, by name. */
  private Instrument instrument(String name) {
    Instrument found = instruments.get(name);
    if (found == null) {
      String quoted = Echo.quote(name);
      throw InvalidInputException.of(
          "instrument",
          quoted,
          "\""
              + quoted
              + "\" is not a known instrument; allowed: "
              + String.join(", ", instrumentNames)
              + Suggestion.of(name, instrumentNames));
    }
    return found;
  }

  // ---------------------------------------------------------------------------------- criteria

  /** The policies in document order, each set on the criteria as it comes. */
  private Criteria readCriteria(JsonInput in) throws IOException {
    Criteria[] criteria = {base};
    boolean[] failed = {false};
    Scan scan =
        POLICIES.scan(
            in,
            field -> {
              if (failed[0]) {
                in.skipValue();
                return;
              }
              failed[0] = true;
              Policy policy = Policy.ofKey(POLICIES.names().get(field));
              String value =
                  switch (policy.kind()) {
                    case VOLUME -> in.decimal().toPlainString();
                    case DAYS, POINTS -> String.valueOf(in.integer(policy.allowed()));
                    case SWITCH -> String.valueOf(in.bool());
                    case ENUM -> in.text();
                  };
              Criteria before = criteria[0];
              criteria[0] = Fields.core("criteria", () -> policy.set(before, value));
              failed[0] = false;
            });
    scan.checkUnknown();
    InvalidInputException first = scan.first;
    if (first != null) {
      throw first;
    }
    return criteria[0];
  }

  // ------------------------------------------------------------------------------------ visits

  /**
   * One visit's values as read, built into a {@link Visit} once the case's instrument is known.
   * {@code clinicalDeterioration} is a field of follow-ups only, so at baseline it is rejected
   * whatever its value (the library, which cannot tell a false given from one left out, rejects
   * only {@code true}).
   */
  private static final class VisitDraft {
    final boolean atBaseline;
    @Nullable String date;
    @Nullable NeuroDraft neuro;
    @Nullable CsfSample csf;
    @Nullable Elements<TargetLesion> targets;
    @Nullable Elements<NonTargetLesion> nonTargets;
    @Nullable Elements<NewLesion> newLesions;
    @Nullable Lano2019Imaging lano2019;
    @Nullable BigDecimal steroids;
    @Nullable Parenchymal parenchymal;
    boolean deterioration;
    @Nullable Response reportedOverall;
    final Scan scan;

    VisitDraft(JsonInput in, boolean atBaseline) throws IOException {
      this.atBaseline = atBaseline;
      scan =
          VISIT.scan(
              in,
              field -> {
                switch (field) {
                  case DATE -> date = in.text();
                  case NEURO -> neuro = new NeuroDraft(in);
                  case CSF -> csf = readCsf(in);
                  case TARGETS -> targets = Fields.array(in, () -> readTarget(in));
                  case NON_TARGETS -> nonTargets = Fields.array(in, () -> readNonTarget(in));
                  case NEW_LESIONS -> newLesions = Fields.array(in, () -> readNewLesion(in));
                  case LANO_2019 -> lano2019 = readLano2019(in);
                  case STEROIDS -> steroids = in.decimal();
                  case PARENCHYMAL -> parenchymal = readParenchymal(in);
                  case DETERIORATION -> deterioration = in.bool();
                  default -> reportedOverall = in.word(CALLS_WORDS.byName(), CALLS_WORDS.allowed());
                }
              });
    }

    Visit build(Instrument instrument, String path) {
      scan.checkUnknown();
      scan.check(DATE);
      String day = date;
      if (day == null) {
        throw InvalidInputException.of(
            JsonInput.at(path, "date"),
            null,
            "is missing; required: an ISO date such as 2026-01-05");
      }
      Visit.Builder visit = Fields.core(path, () -> Visit.on(day));
      scan.check(NEURO);
      if (neuro != null) {
        visit.neuro(neuro.build(instrument, JsonInput.at(path, "neuro")));
      }
      scan.check(CSF);
      if (csf != null) {
        visit.csf(csf);
      }
      if (scan.has(TARGETS) || scan.has(NON_TARGETS) || scan.has(NEW_LESIONS)) {
        visit.imagingDone();
        scan.check(TARGETS);
        if (targets != null) {
          targets.values().forEach(visit::target);
          targets.check();
        }
        scan.check(NON_TARGETS);
        if (nonTargets != null) {
          nonTargets.values().forEach(visit::nonTarget);
          nonTargets.check();
        }
        scan.check(NEW_LESIONS);
        if (newLesions != null) {
          newLesions.values().forEach(visit::newLesion);
          newLesions.check();
        }
      }
      scan.check(LANO_2019);
      Lano2019Imaging scorecard = lano2019;
      if (scorecard != null) {
        Fields.core(path, () -> visit.lano2019(scorecard));
      }
      scan.check(STEROIDS);
      BigDecimal dose = steroids;
      if (dose != null) {
        Fields.core(path, () -> visit.steroids(dose));
      }
      scan.check(PARENCHYMAL);
      if (parenchymal != null) {
        visit.parenchymal(parenchymal);
      }
      scan.check(DETERIORATION);
      if (scan.has(DETERIORATION)) {
        if (atBaseline) {
          throw InvalidInputException.of(
              JsonInput.at(path, "clinicalDeterioration"),
              deterioration,
              "is for follow-ups only: deterioration needs "
                  + "a reference (NEURO-9); leave it out at baseline");
        }
        visit.clinicalDeterioration(deterioration);
      }
      scan.check(REPORTED_OVERALL);
      if (scan.has(REPORTED_OVERALL) && atBaseline) {
        throw InvalidInputException.of(
            JsonInput.at(path, "reportedOverall"),
            String.valueOf(reportedOverall),
            "is for follow-ups only: a reader's overall call is made against the baseline; "
                + "leave it out at baseline");
      }
      return Fields.core(path, visit::build);
    }
  }

  // ------------------------------------------------------------------------------------- neuro

  /**
   * The {@code neuro} block as read: its keys are judged against the case's instrument once the
   * case is read (an unknown domain first, in document order), then the values in the instrument's
   * order. The domains as given are kept in document order in parallel arrays (the parser rejects a
   * key given twice): a name, its value or its error, and whether it was given as an object.
   */
  private static final class NeuroDraft {
    private String[] names = new String[16];
    private @Nullable DomainValue[] values = new DomainValue[16];
    private boolean[] objects = new boolean[16];

    /** The error of each domain that has one, made with the first error (most blocks have none). */
    private @Nullable InvalidInputException @Nullable [] errors;

    private int size;

    NeuroDraft(JsonInput in) throws IOException {
      in.requireObject();
      var context = in.context();
      int depth = in.depth();
      for (JsonToken token = in.next(); token == JsonToken.FIELD_NAME; token = in.next()) {
        String name = in.name();
        in.next();
        boolean object = in.isObject();
        in.push(name);
        int at = add(name, object);
        try {
          values[at] = readDomainValue(in);
        } catch (InvalidInputException e) {
          if (errors == null) {
            errors = new InvalidInputException[names.length];
          }
          errors[at] = e;
          in.resync(context, depth + 1);
        }
        in.pop();
      }
    }

    /** Adds a domain as given, its value to come; returns its index. */
    private int add(String name, boolean object) {
      if (size == names.length) {
        int length = size * 2;
        names = Arrays.copyOf(names, length);
        values = Arrays.copyOf(values, length);
        objects = Arrays.copyOf(objects, length);
        if (errors != null) {
          errors = Arrays.copyOf(errors, length);
        }
      }
      names[size] = name;
      objects[size] = object;
      return size++;
    }

    NeuroExam build(Instrument instrument, String path) {
      // each given domain at its position; the first unknown key in document order fails
      int[] byPosition = new int[instrument.domains().size()];
      Arrays.fill(byPosition, -1);
      for (int k = 0; k < size; k++) {
        String name = names[k];
        int position = instrument.position(name);
        if (position < 0) {
          String quoted = Echo.quote(name);
          List<String> keys = instrument.domains().stream().map(Domain::key).toList();
          throw InvalidInputException.of(
              JsonInput.at(path, quoted),
              quoted,
              "unknown domain \""
                  + quoted
                  + "\"; allowed: "
                  + instrument.keys()
                  + Suggestion.of(name, keys));
        }
        if (byPosition[position] >= 0) {
          // Only a reader that leaves duplicate keys to the objects gets here (JsonInput.FAST):
          // the text is read again strictly, whose parser names the key.
          throw new JsonInput.Syntax(
              InvalidInputException.of(JsonInput.at(path, name), null, "duplicate key"));
        }
        byPosition[position] = k;
      }
      NeuroExam.Builder exam = NeuroExam.builder(instrument);
      List<Domain> domains = instrument.domains();
      @Nullable InvalidInputException[] failed = errors;
      for (int i = 0; i < domains.size(); i++) {
        int k = byPosition[i];
        if (k < 0) {
          continue; // the exam names the first domain missing when it is built
        }
        InvalidInputException error = failed == null ? null : failed[k];
        if (error != null) {
          throw error;
        }
        Domain domain = domains.get(i);
        try {
          exam.set(domain, java.util.Objects.requireNonNull(values[k]));
        } catch (InvalidInputException e) {
          // The exam checks the level against the domain; in the object form the level has a
          // field of its own, so that is where the error points. The path is built only here.
          String at = JsonInput.at(path, domain.key());
          throw InvalidInputException.of(
              objects[k] ? JsonInput.at(at, "level") : at, e.value(), e.problem());
        }
      }
      return Fields.core(path, exam::build);
    }
  }

  private static DomainValue readDomainValue(JsonInput in) throws IOException {
    if (in.isObject()) {
      @Nullable OptionalInt[] level = {null};
      @Nullable Attribution[] cause = {null};
      @Nullable String[] note = {null};
      Scan scan =
          DOMAIN_VALUE.scan(
              in,
              field -> {
                switch (field) {
                  case 0 -> level[0] = readLevel(in);
                  case 1 -> cause[0] = in.word(ATTRIBUTIONS.byName(), ATTRIBUTIONS.allowed());
                  default -> note[0] = in.text();
                }
              });
      scan.checkUnknown();
      scan.check(0);
      OptionalInt given = level[0];
      if (given == null) {
        throw in.missing("level", LEVEL);
      }
      DomainValue value =
          given.isPresent() ? DomainValue.level(given.getAsInt()) : DomainValue.notEvaluable();
      scan.check(1);
      Attribution attribution = cause[0];
      if (attribution != null) {
        value = value.withCause(attribution);
      }
      scan.check(2);
      String text = note[0];
      if (text != null) {
        value = value.withNote(text);
      }
      return value;
    }
    if (in.isNumber()) {
      return DomainValue.level(in.integer(LEVEL)); // as readLevel, without an OptionalInt
    }
    if (in.isText()) {
      OptionalInt level = readLevel(in);
      return level.isPresent() ? DomainValue.level(level.getAsInt()) : DomainValue.notEvaluable();
    }
    throw in.wrongType(
        "a whole-number level, \"NE\", or an object {\"level\", \"attributedTo\", " + "\"note\"}");
  }

  /** A level: a whole number, or {@code "NE"} (empty). */
  private static OptionalInt readLevel(JsonInput in) throws IOException {
    if (in.isText()) {
      if ("NE".equals(in.rawText())) {
        return OptionalInt.empty();
      }
      throw in.error(
          Echo.quote(in.rawText()), in.shortText() + " is not allowed; " + "allowed: " + LEVEL);
    }
    if (in.isNumber()) {
      return OptionalInt.of(in.integer(LEVEL));
    }
    throw in.wrongType(LEVEL);
  }

  // --------------------------------------------------------------------------------------- csf

  private static CsfSample readCsf(JsonInput in) throws IOException {
    @Nullable CsfResult cytology = null;
    @Nullable BigDecimal ml = null;
    Scan scan = CSF_FIELDS.start(in);
    for (int field = scan.next(); field >= 0; field = scan.next()) {
      try {
        if (field == 0) {
          cytology = in.word(CSF_RESULTS.byName(), CSF_RESULTS.allowed());
        } else {
          ml = in.decimal();
        }
      } catch (InvalidInputException e) {
        scan.fail(e);
      }
    }
    scan.checkUnknown();
    scan.check(0);
    if (cytology == null) {
      throw in.missing("result", "the cytology result");
    }
    scan.check(1);
    if (ml == null) {
      return CsfSample.of(cytology);
    }
    try {
      return CsfSample.of(cytology, ml);
    } catch (InvalidInputException e) {
      throw e.withPrefix(in.path());
    }
  }

  // ---------------------------------------------------------------------- 2017 scorecard lesions

  private static TargetLesion readTarget(JsonInput in) throws IOException {
    @Nullable String id = null;
    @Nullable Site site = null;
    @Nullable OptionalInt score = null;
    @Nullable Pair pair = null;
    Scan scan = TARGET.start(in);
    for (int field = scan.next(); field >= 0; field = scan.next()) {
      try {
        switch (field) {
          case 0 -> id = in.text();
          case 1 -> site = in.word(SITES.byName(), SITES.allowed());
          case 2 -> score = readScore(in);
          default -> pair = readPair(in);
        }
      } catch (InvalidInputException e) {
        scan.fail(e);
      }
    }
    scan.checkUnknown();
    scan.check(0);
    if (id == null) {
      throw in.missing("id", "the lesion id");
    }
    scan.check(1);
    scan.check(2);
    if (score == null) {
      throw in.missing("score", SCORE);
    }
    scan.check(3);
    @Nullable Diameters diameters = null;
    if (pair != null) {
      pair.check(in, "diametersMm");
      try {
        diameters = Diameters.of(pair.longMm(), pair.shortMm());
      } catch (InvalidInputException e) {
        throw e.withPrefix(in.path());
      }
    }
    TargetLesion lesion;
    try {
      lesion =
          score.isPresent() ? TargetLesion.of(id, score.getAsInt()) : TargetLesion.notEvaluable(id);
    } catch (InvalidInputException e) {
      throw e.withPrefix(in.path());
    }
    if (site != null) {
      lesion = lesion.withSite(site);
    }
    return diameters != null ? lesion.withDiameters(diameters) : lesion;
  }

  private static OptionalInt readScore(JsonInput in) throws IOException {
    if (in.isText() && "NE".equals(in.rawText())) {
      return OptionalInt.empty();
    }
    if (in.isNumber()) {
      return OptionalInt.of(in.integer(SCORE));
    }
    if (in.isText()) {
      throw in.error(
          Echo.quote(in.rawText()), in.shortText() + " is not allowed; allowed: " + SCORE);
    }
    throw in.wrongType(SCORE);
  }

  /**
   * A pair {@code [long, short]} as read: its size, and its two numbers or the first error among
   * them; judged once the array is read, so that a wrong size is reported before a bad number.
   */
  private record Pair(
      int size,
      @Nullable BigDecimal longOrNull,
      @Nullable BigDecimal shortOrNull,
      @Nullable InvalidInputException error) {

    /** Throws the pair's error, if any; afterwards both numbers are known. */
    void check(JsonInput in, String field) {
      if (size != 2) {
        throw in.errorAt(field, size + " values", size + " values; allowed: [long, short] in mm");
      }
      if (error != null) {
        throw error;
      }
    }

    BigDecimal longMm() {
      return java.util.Objects.requireNonNull(longOrNull);
    }

    BigDecimal shortMm() {
      return java.util.Objects.requireNonNull(shortOrNull);
    }
  }

  private static Pair readPair(JsonInput in) throws IOException {
    in.requireArray();
    var context = in.context();
    int depth = in.depth();
    BigDecimal[] numbers = new BigDecimal[2];
    InvalidInputException error = null;
    int size = 0;
    for (JsonToken token = in.next();
        token != null && token != JsonToken.END_ARRAY;
        token = in.next(), size++) {
      if (size >= 2 || error != null) {
        in.skipValue();
        continue;
      }
      in.push(size);
      try {
        numbers[size] = in.decimal();
      } catch (InvalidInputException e) {
        error = e;
        in.resync(context, depth + 1);
      }
      in.pop();
    }
    return new Pair(size, numbers[0], numbers[1], error);
  }

  private static NonTargetLesion readNonTarget(JsonInput in) throws IOException {
    @Nullable String id = null;
    @Nullable Site site = null;
    @Nullable NonTargetStatus status = null;
    Scan scan = NON_TARGET.start(in);
    for (int field = scan.next(); field >= 0; field = scan.next()) {
      try {
        switch (field) {
          case 0 -> id = in.text();
          case 1 -> site = in.word(SITES.byName(), SITES.allowed());
          default -> status = in.word(STATUSES.byName(), STATUSES.allowed());
        }
      } catch (InvalidInputException e) {
        scan.fail(e);
      }
    }
    scan.checkUnknown();
    scan.check(0);
    if (id == null) {
      throw in.missing("id", "the lesion id");
    }
    scan.check(1);
    scan.check(2);
    if (status == null) {
      throw in.missing("status", "the status of the lesion");
    }
    try {
      return site != null ? NonTargetLesion.of(id, site, status) : NonTargetLesion.of(id, status);
    } catch (InvalidInputException e) {
      throw e.withPrefix(in.path());
    }
  }

  private static NewLesion readNewLesion(JsonInput in) throws IOException {
    @Nullable Site site = null;
    boolean equivocal = false;
    Scan scan = NEW_LESION.start(in);
    for (int field = scan.next(); field >= 0; field = scan.next()) {
      try {
        if (field == 0) {
          site = in.word(SITES.byName(), SITES.allowed());
        } else {
          equivocal = in.bool();
        }
      } catch (InvalidInputException e) {
        scan.fail(e);
      }
    }
    scan.checkUnknown();
    scan.check(0);
    if (site == null) {
      throw in.missing("site", "the site of the new lesion");
    }
    scan.check(1);
    return NewLesion.of(site, equivocal);
  }

  private static Parenchymal readParenchymal(JsonInput in) throws IOException {
    @Nullable ParenchymalStatus[] statuses = new ParenchymalStatus[2];
    Scan scan =
        PARENCHYMAL_FIELDS.scan(
            in,
            field ->
                statuses[field] =
                    in.word(PARENCHYMAL_STATUSES.byName(), PARENCHYMAL_STATUSES.allowed()));
    scan.checkUnknown();
    Parenchymal record = Parenchymal.none();
    scan.check(0);
    ParenchymalStatus brain = statuses[0];
    if (brain != null) {
      record = record.withBrain(brain);
    }
    scan.check(1);
    ParenchymalStatus spine = statuses[1];
    if (spine != null) {
      record = record.withSpine(spine);
    }
    return record;
  }

  // ---------------------------------------------------------------------------- 2019 scorecard

  /**
   * The revised 2019 scorecard ({@code lano2019}, spec section 4.4): the items in the order of
   * {@link Lano2019Item}; the library checks that every item is rated, and, in the case, that a
   * change is given at follow-ups only.
   */
  private static Lano2019Imaging readLano2019(JsonInput in) throws IOException {
    Lano2019Item[] items = Lano2019Item.values();
    ItemRating[] ratings = new ItemRating[items.length];
    Scan scan = LANO_ITEMS.scan(in, field -> ratings[field] = readItem(in, items[field]));
    scan.checkUnknown();
    Map<Lano2019Item, ItemRating> map = new EnumMap<>(Lano2019Item.class);
    for (int i = 0; i < items.length; i++) {
      scan.check(i);
      ItemRating rating = ratings[i];
      if (rating != null) {
        map.put(items[i], rating);
      }
    }
    return Fields.core(in, () -> Lano2019Imaging.of(map));
  }

  /**
   * One item: {@code present}, {@code change} (follow-ups only), and {@code nodulesMm} for the
   * nodular items only: a field the other items do not have, as the schema says.
   */
  private static ItemRating readItem(JsonInput in, Lano2019Item item) throws IOException {
    @Nullable ItemPresence[] presence = {null};
    @Nullable ItemChange[] change = {null};
    @Nullable Elements<?>[] nodules = {null};
    Scan scan =
        LANO_ITEM.scan(
            in,
            field -> {
              switch (field) {
                case 0 -> presence[0] = readPresence(in);
                case 1 -> change[0] = in.word(CHANGES.byName(), CHANGES.allowed());
                default -> nodules[0] = Fields.array(in, () -> readNodule(in));
              }
            });
    scan.checkUnknown();
    if (!item.isNodular() && scan.has(2)) {
      throw in.errorAt(
          "nodulesMm",
          "nodulesMm",
          "nodules are "
              + "recorded only for brainNodules and spineNodules; leave nodulesMm out of "
              + item.key());
    }
    scan.check(0);
    ItemPresence present = presence[0];
    if (present == null) {
      throw in.missing("present", "true, false or \"NE\"");
    }
    scan.check(1);
    ItemChange changed = change[0];
    ItemRating rating =
        changed == null ? ItemRating.atBaseline(present) : ItemRating.atFollowUp(present, changed);
    scan.check(2);
    Elements<?> given = nodules[0];
    if (given == null) {
      return rating;
    }
    given.check();
    List<Diameters> list = new ArrayList<>();
    for (Object nodule : given.values()) {
      list.add((Diameters) nodule);
    }
    return Fields.core(in, () -> rating.withNodules(list));
  }

  /** {@code present}: {@code true}, {@code false} or {@code "NE"}. */
  private static ItemPresence readPresence(JsonInput in) throws IOException {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_TRUE) {
      return ItemPresence.PRESENT;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return ItemPresence.ABSENT;
    }
    if (in.isText() && "NE".equals(in.rawText())) {
      return ItemPresence.NE;
    }
    if (in.isText()) {
      throw in.error(
          Echo.quote(in.rawText()),
          in.shortText() + " is not allowed; " + "allowed: true, false or \"NE\"");
    }
    throw in.wrongType("true, false or \"NE\"");
  }

  /** One nodule: {@code [long, short]} in mm, as the diameters of a target. */
  private static Diameters readNodule(JsonInput in) throws IOException {
    Pair pair = readPair(in);
    if (pair.size() != 2) {
      throw in.error(
          pair.size() + " values", pair.size() + " values; allowed: [long, short] in mm");
    }
    InvalidInputException error = pair.error();
    if (error != null) {
      throw error;
    }
    try {
      return Diameters.of(pair.longMm(), pair.shortMm());
    } catch (InvalidInputException e) {
      // The library names the pair diametersMm; here it is the nodule's own path.
      String inPair = e.path().startsWith(DIAMETERS) ? e.path().substring(DIAMETERS.length()) : "";
      throw InvalidInputException.of(in.path() + inPair, e.value(), e.problem());
    }
  }

  // -------------------------------------------------------------------------- response sequence

  /** One response of a sequence as read. */
  private record DatedResponse(String date, Response response) {}

  private static DatedResponse readResponse(JsonInput in) throws IOException {
    @Nullable String[] date = {null};
    @Nullable Response[] response = {null};
    Scan scan =
        RESPONSE.scan(
            in,
            field -> {
              if (field == 0) {
                date[0] = in.text();
              } else {
                response[0] = in.word(RESPONSES_WORDS.byName(), RESPONSES_WORDS.allowed());
              }
            });
    scan.checkUnknown();
    scan.check(0);
    String day = date[0];
    if (day == null) {
      throw in.missing("date", "an ISO date");
    }
    scan.check(1);
    Response given = response[0];
    if (given == null) {
      throw in.missing("response", "the overall response");
    }
    return new DatedResponse(day, given);
  }

  /** The case's {@code reader}: the reader's identifier, a non-blank string. */
  private static String readReader(JsonInput in) throws IOException {
    String reader = in.id();
    if (reader.isBlank()) {
      throw in.error(
          Echo.quote(reader),
          "\""
              + Echo.quote(reader)
              + "\" is blank; allowed: a non-blank string naming the reader, e.g. \"R1\"");
    }
    return reader;
  }

  // ------------------------------------------------------------------------------------ words

  /** The words of an enum, by name, and the list of them for messages. */
  record Words<E extends Enum<E>>(Map<String, E> byName, String allowed) {
    static <E extends Enum<E>> Words<E> of(Class<E> type) {
      return of(type, Enum::name, constant -> true);
    }

    /** The words of the constants {@code kept} lets through, each written as {@code word} does. */
    static <E extends Enum<E>> Words<E> of(
        Class<E> type, Function<E, String> word, Predicate<E> kept) {
      Map<String, E> map = new HashMap<>();
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        if (kept.test(constant)) {
          map.put(word.apply(constant), constant);
          names.add(word.apply(constant));
        }
      }
      return new Words<>(Map.copyOf(map), String.join(", ", names));
    }
  }
}
