package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.neuro.Domain;
import org.rano.neuro.Lano;

/**
 * Where the case schema stops: the invalid-input catalogue of rano-cli ({@code
 * InvalidInputCatalogueTest}: spec section 9 and the case format's own rejections CF.1 to CF.4),
 * copied here item by item and split in two.
 *
 * <ul>
 *   <li>Structurally invalid cases fail the schema, with an error at the field the reader names (as
 *       a JSON pointer: {@code followUps[0].neuro.sensation} is {@code
 *       /followUps/0/neuro/sensation}): an unknown field, a wrong JSON type, {@code null}, a
 *       missing required field, an unknown enum word, a fraction where a whole number is required,
 *       a single value out of its range (a domain's level, a lesion score, a diameter, a volume, a
 *       dose), six targets; and the shapes fixed by where a value stands (a baseline target's site
 *       and score, a follow-up's fields at baseline, the 2019 scorecard's items, one imaging
 *       profile per case).
 *   <li>Cases that are structurally fine but clinically invalid pass the schema, and only the
 *       reader and rano-core reject them: dates out of order (TIME-1), a duplicate lesion id, a
 *       follow-up that lacks a baseline target or names an unknown one (IMG-1, IMG-13), long &lt;
 *       short (IMG-4), a site that differs from the baseline's. So do the cases a schema cannot
 *       see: a duplicate key (the parsed tree keeps one value), and a whole number written {@code
 *       2.0} or {@code 1e0}, an integer in draft 2020-12's data model, which the reader rejects as
 *       written (CF.3).
 * </ul>
 *
 * <p>Left out: NaN and infinite numbers as bare tokens (not JSON, so not a schema's concern) and
 * {@code 1e400} (beyond a double: how a validator reads it is its own matter).
 */
class InvalidCaseSchemaTest {

  /** The valid case of the catalogue: a PR at its one follow-up. */
  static final String CASE =
      "{\"id\":\"C9\",\"baseline\":{\"date\":\"2026-01-05\","
          + "\"neuro\":"
          + neuro()
          + ",\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":10},"
          + "\"targets\":[{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":2,\"diametersMm\":[12,7]},"
          + "{\"id\":\"T2\",\"site\":\"SPINE_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2}],"
          + "\"nonTargets\":[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"PRESENT\"}],"
          + "\"steroidMgPerDay\":4},"
          + "\"followUps\":[{\"date\":\"2026-02-02\",\"neuro\":"
          + neuro()
          + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":8},"
          + "\"targets\":[{\"id\":\"T1\",\"score\":1,\"diametersMm\":[8,6]},{\"id\":\"T2\",\"score\":1}],"
          + "\"nonTargets\":[{\"id\":\"N1\",\"status\":\"PRESENT\"}],\"steroidMgPerDay\":4}]}";

  /** The valid response sequence of the catalogue. */
  static final String SEQUENCE =
      "{\"id\":\"S9\",\"referenceDate\":\"2026-01-10\","
          + "\"responses\":[{\"date\":\"2026-02-07\",\"response\":\"PR\"},"
          + "{\"date\":\"2026-03-07\",\"response\":\"PR\"}]}";

  /** A valid LANO_2019 case: the README's example, one follow-up. */
  static final String LANO =
      "{\"id\":\"L9\",\"criteria\":{\"imaging\":\"LANO_2019\"},"
          + "\"baseline\":{\"date\":\"2026-01-05\",\"lano2019\":{"
          + "\"brainNodules\":{\"present\":true,\"nodulesMm\":[[12,8],[7,6]]},"
          + "\"brainLinear\":{\"present\":true},\"hydrocephalus\":{\"present\":false},"
          + "\"spineNodules\":{\"present\":false},\"spineLinear\":{\"present\":\"NE\"}}},"
          + "\"followUps\":[{\"date\":\"2026-02-02\",\"lano2019\":{"
          + "\"brainNodules\":{\"present\":true,\"change\":\"IMPROVED\",\"nodulesMm\":[[8,6]]},"
          + "\"brainLinear\":{\"present\":true,\"change\":\"NO_CHANGE\"},"
          + "\"hydrocephalus\":{\"present\":false,\"change\":\"NO_CHANGE\"},"
          + "\"spineNodules\":{\"present\":false,\"change\":\"NO_CHANGE\"},"
          + "\"spineLinear\":{\"present\":true,\"change\":\"NE\"}}}]}";

  /**
   * A case that fails the schema.
   *
   * @param item the catalogue item (9.1 to 9.13, CF.1 to CF.4) or "format" for a shape of the case
   *     format beyond the catalogue
   * @param what the variant
   * @param json the case
   * @param location the JSON pointer of the field the reader names, where the schema must report an
   *     error too ({@code ""} for the case itself)
   * @param fragment a fragment of that error's message (the field's name for a missing or unknown
   *     field), or {@code ""}
   */
  record Rejected(String item, String what, String json, String location, String fragment) {
    @Override
    public String toString() {
      return item + " " + what + " -> " + (location.isEmpty() ? "\"\"" : location);
    }
  }

  /**
   * A case that passes the schema though the reader rejects it.
   *
   * @param item the catalogue item
   * @param what the variant, and why the schema cannot see it
   * @param json the case
   */
  record Passed(String item, String what, String json) {
    @Override
    public String toString() {
      return item + " " + what;
    }
  }

  static Stream<Rejected> structural() {
    List<Rejected> entries = new ArrayList<>();
    // 9.1 a level outside its domain's range: every domain one above its highest level
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      int bad = domain.maxLevel() + 1;
      entries.add(
          rejected(
              "9.1",
              domain.key() + " " + bad,
              Schemas.with(CASE, "/followUps/0/neuro/" + domain.key(), String.valueOf(bad)),
              "/followUps/0/neuro/" + domain.key(),
              "maximum"));
    }
    entries.add(
        rejected(
            "9.1",
            "level 5 at baseline",
            Schemas.with(CASE, "/baseline/neuro/gait", "5"),
            "/baseline/neuro/gait",
            "maximum"));
    entries.add(
        rejected(
            "9.1",
            "negative level",
            Schemas.with(CASE, "/baseline/neuro/vision", "-1"),
            "/baseline/neuro/vision",
            "minimum"));
    entries.add(
        rejected(
            "9.1",
            "level beyond an int",
            Schemas.with(CASE, "/baseline/neuro/gait", "99999999999"),
            "/baseline/neuro/gait",
            "maximum"));
    entries.add(
        rejected(
            "9.1",
            "level 4 in the object form",
            Schemas.with(
                CASE, "/followUps/0/neuro/behaviour", "{\"level\":4,\"attributedTo\":\"OTHER\"}"),
            "/followUps/0/neuro/behaviour/level",
            "maximum"));

    // 9.2 a lesion score outside 0-3 (1-3 at baseline)
    entries.add(
        rejected(
            "9.2",
            "score 4",
            Schemas.with(CASE, "/followUps/0/targets/1/score", "4"),
            "/followUps/0/targets/1/score",
            "maximum"));
    entries.add(
        rejected(
            "9.2",
            "score -1",
            Schemas.with(CASE, "/followUps/0/targets/1/score", "-1"),
            "/followUps/0/targets/1/score",
            "minimum"));
    entries.add(
        rejected(
            "9.2",
            "baseline score 0",
            Schemas.with(CASE, "/baseline/targets/0/score", "0"),
            "/baseline/targets/0/score",
            "minimum"));
    entries.add(
        rejected(
            "9.2",
            "baseline score NE",
            Schemas.with(CASE, "/baseline/targets/0/score", "\"NE\""),
            "/baseline/targets/0/score",
            "integer"));

    // 9.3 six target lesions
    entries.add(rejected("9.3", "six targets at baseline", sixTargets(), "/baseline/targets", "5"));

    // 9.7 diameters that are zero, negative, or not numbers
    entries.add(
        rejected(
            "9.7",
            "short 0",
            Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[12,0]"),
            "/baseline/targets/0/diametersMm/1",
            "0"));
    entries.add(
        rejected(
            "9.7",
            "long 0",
            Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[0,0]"),
            "/baseline/targets/0/diametersMm/0",
            "0"));
    entries.add(
        rejected(
            "9.7",
            "negative",
            Schemas.with(CASE, "/followUps/0/targets/0/diametersMm", "[8,-6]"),
            "/followUps/0/targets/0/diametersMm/1",
            "0"));
    entries.add(
        rejected(
            "9.7",
            "NaN as a string",
            Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[\"NaN\",7]"),
            "/baseline/targets/0/diametersMm/0",
            "number"));
    entries.add(
        rejected(
            "9.7",
            "Infinity as a string",
            Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[12,\"Infinity\"]"),
            "/baseline/targets/0/diametersMm/1",
            "number"));
    entries.add(
        rejected(
            "9.7",
            "three diameters",
            Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[12,7,3]"),
            "/baseline/targets/0/diametersMm",
            ""));

    // 9.9 a negative CSF volume, 9.10 a negative steroid dose
    entries.add(
        rejected(
            "9.9",
            "-0.5 mL",
            Schemas.with(CASE, "/baseline/csf/volumeMl", "-0.5"),
            "/baseline/csf/volumeMl",
            "minimum"));
    entries.add(
        rejected(
            "9.10",
            "at a follow-up",
            Schemas.with(CASE, "/followUps/0/steroidMgPerDay", "-2"),
            "/followUps/0/steroidMgPerDay",
            "minimum"));
    entries.add(
        rejected(
            "9.10",
            "at baseline",
            Schemas.with(CASE, "/baseline/steroidMgPerDay", "-0.5"),
            "/baseline/steroidMgPerDay",
            "minimum"));

    // 9.11 an unknown enum word
    entries.add(
        rejected(
            "9.11",
            "CSF result",
            Schemas.with(CASE, "/baseline/csf/result", "\"POSITVE\""),
            "/baseline/csf/result",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "target site",
            Schemas.with(CASE, "/baseline/targets/0/site", "\"BRAIN\""),
            "/baseline/targets/0/site",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "non-target status",
            Schemas.with(CASE, "/followUps/0/nonTargets/0/status", "\"GONE\""),
            "/followUps/0/nonTargets/0/status",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "new lesion site",
            Schemas.with(CASE, "/followUps/0/newLesions", "[{\"site\":\"LIVER\"}]"),
            "/followUps/0/newLesions/0/site",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "attribution",
            Schemas.with(
                CASE, "/followUps/0/neuro/gait", "{\"level\":2,\"attributedTo\":\"ALIENS\"}"),
            "/followUps/0/neuro/gait/attributedTo",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "criteria policy word",
            Schemas.with(CASE, "/criteria", "{\"imaging\":\"LANO\"}"),
            "/criteria/imaging",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "sequence response",
            Schemas.with(SEQUENCE, "/responses/0/response", "\"CRR\""),
            "/responses/0/response",
            "enumeration"));
    entries.add(
        rejected(
            "9.11",
            "level as a word",
            Schemas.with(CASE, "/baseline/neuro/gait", "\"mild\""),
            "/baseline/neuro/gait",
            "NE"));

    // 9.13 a missing baseline, a sequence without its reference date
    entries.add(
        rejected("9.13", "no baseline", Schemas.without(CASE, "/baseline"), "", "baseline"));
    entries.add(
        rejected(
            "9.13",
            "sequence without referenceDate",
            Schemas.without(SEQUENCE, "/referenceDate"),
            "",
            "referenceDate"));

    // CF.1 an unknown field
    entries.add(
        rejected(
            "CF.1",
            "misspelt follow-up field",
            Schemas.with(CASE, "/followUps/0/steroidsMgPerDay", "4"),
            "/followUps/0",
            "steroidsMgPerDay"));
    entries.add(
        rejected(
            "CF.1",
            "unknown top-level field",
            Schemas.with(CASE, "/patient", "\"x\""),
            "",
            "patient"));
    entries.add(
        rejected(
            "CF.1",
            "unknown domain",
            Schemas.with(CASE, "/baseline/neuro/smell", "0"),
            "/baseline/neuro",
            "smell"));
    entries.add(
        rejected(
            "CF.1",
            "unknown policy",
            Schemas.with(CASE, "/criteria", "{\"confirmationDay\":28}"),
            "/criteria",
            "confirmationDay"));
    entries.add(
        rejected(
            "CF.1",
            "unknown field of a target",
            Schemas.with(CASE, "/baseline/targets/0/volume", "3"),
            "/baseline/targets/0",
            "volume"));

    // CF.3 a fraction where a whole number is required
    entries.add(
        rejected(
            "CF.3",
            "2.5 for a level",
            Schemas.with(CASE, "/baseline/neuro/gait", "2.5"),
            "/baseline/neuro/gait",
            "integer"));
    entries.add(
        rejected(
            "CF.3",
            "1.5 for a score",
            Schemas.with(CASE, "/followUps/0/targets/1/score", "1.5"),
            "/followUps/0/targets/1/score",
            "integer"));
    entries.add(
        rejected(
            "CF.3",
            "28.5 confirmation days",
            Schemas.with(CASE, "/criteria", "{\"confirmationDays\":28.5}"),
            "/criteria/confirmationDays",
            "integer"));

    // CF.4 null
    entries.add(
        rejected(
            "CF.4",
            "null level",
            Schemas.with(CASE, "/baseline/neuro/gait", "null"),
            "/baseline/neuro/gait",
            "null"));
    entries.add(
        rejected(
            "CF.4",
            "null CSF result",
            Schemas.with(CASE, "/baseline/csf/result", "null"),
            "/baseline/csf/result",
            "enumeration"));
    entries.add(
        rejected(
            "CF.4",
            "null volume",
            Schemas.with(CASE, "/baseline/csf/volumeMl", "null"),
            "/baseline/csf/volumeMl",
            "null"));
    entries.add(
        rejected(
            "CF.4",
            "null date",
            Schemas.with(CASE, "/baseline/date", "null"),
            "/baseline/date",
            "null"));
    entries.add(rejected("CF.4", "null id", Schemas.with(CASE, "/id", "null"), "/id", "null"));

    // wrong JSON types
    entries.add(
        rejected(
            "format",
            "neuro as an array",
            Schemas.with(CASE, "/baseline/neuro", "[]"),
            "/baseline/neuro",
            "array"));
    entries.add(
        rejected(
            "format",
            "followUps as an object",
            Schemas.with(CASE, "/followUps", "{}"),
            "/followUps",
            "object"));
    entries.add(
        rejected(
            "format",
            "a switch as a string",
            Schemas.with(CASE, "/criteria", "{\"acceptSdBetween\":\"true\"}"),
            "/criteria/acceptSdBetween",
            "string"));
    entries.add(
        rejected(
            "format",
            "a date as a number",
            Schemas.with(CASE, "/baseline/date", "20260105"),
            "/baseline/date",
            "integer"));

    // missing required fields
    entries.add(
        rejected(
            "format",
            "a visit without a date",
            Schemas.without(CASE, "/followUps/0/date"),
            "/followUps/0",
            "date"));
    entries.add(
        rejected(
            "format",
            "an exam without behaviour",
            Schemas.without(CASE, "/baseline/neuro/behaviour"),
            "/baseline/neuro",
            "behaviour"));
    entries.add(
        rejected(
            "format",
            "csf without result",
            Schemas.without(CASE, "/baseline/csf/result"),
            "/baseline/csf",
            "result"));
    entries.add(
        rejected(
            "format",
            "a target without score",
            Schemas.without(CASE, "/followUps/0/targets/0/score"),
            "/followUps/0/targets/0",
            "score"));
    entries.add(
        rejected(
            "format",
            "a baseline target without site",
            Schemas.without(CASE, "/baseline/targets/1/site"),
            "/baseline/targets/1",
            "site"));
    entries.add(
        rejected(
            "format",
            "a baseline non-target without site",
            Schemas.without(CASE, "/baseline/nonTargets/0/site"),
            "/baseline/nonTargets/0",
            "site"));
    entries.add(
        rejected(
            "format",
            "a response without date",
            Schemas.without(SEQUENCE, "/responses/1/date"),
            "/responses/1",
            "date"));

    // dates, ids
    entries.add(
        rejected(
            "format",
            "not an ISO date",
            Schemas.with(CASE, "/baseline/date", "\"5 Jan 2026\""),
            "/baseline/date",
            "pattern"));
    entries.add(
        rejected(
            "format",
            "no such day",
            Schemas.with(CASE, "/followUps/0/date", "\"2026-02-30\""),
            "/followUps/0/date",
            "date"));
    entries.add(
        rejected("format", "a blank id", Schemas.with(CASE, "/id", "\"  \""), "/id", "pattern"));
    entries.add(
        rejected(
            "format",
            "an empty lesion id",
            Schemas.with(CASE, "/baseline/targets/0/id", "\"\""),
            "/baseline/targets/0/id",
            ""));

    // shapes fixed by where a value stands
    entries.add(
        rejected(
            "format",
            "clinicalDeterioration at baseline",
            Schemas.with(CASE, "/baseline/clinicalDeterioration", "false"),
            "/baseline",
            "clinicalDeterioration"));
    entries.add(
        rejected(
            "format",
            "a new lesion at baseline",
            Schemas.with(CASE, "/baseline/newLesions", "[{\"site\":\"SPINE_NODULE\"}]"),
            "/baseline/newLesions",
            ""));
    entries.add(
        rejected(
            "format",
            "UNEQUIVOCAL_PROGRESSION at baseline",
            Schemas.with(CASE, "/baseline/nonTargets/0/status", "\"UNEQUIVOCAL_PROGRESSION\""),
            "/baseline/nonTargets/0/status",
            "enumeration"));
    entries.add(
        rejected(
            "format",
            "both kinds of case",
            Schemas.with(CASE, "/referenceDate", "\"2026-01-05\""),
            "",
            "referenceDate"));

    // the 2019 scorecard and the imaging profile
    entries.add(
        rejected(
            "format",
            "a change at baseline",
            Schemas.with(LANO, "/baseline/lano2019/brainLinear/change", "\"IMPROVED\""),
            "/baseline/lano2019/brainLinear",
            "change"));
    entries.add(
        rejected(
            "format",
            "no change at a follow-up",
            Schemas.without(LANO, "/followUps/0/lano2019/spineLinear/change"),
            "/followUps/0/lano2019/spineLinear",
            "change"));
    entries.add(
        rejected(
            "format",
            "an item left out",
            Schemas.without(LANO, "/followUps/0/lano2019/hydrocephalus"),
            "/followUps/0/lano2019",
            "hydrocephalus"));
    entries.add(
        rejected(
            "format",
            "cranial nerves as an item",
            Schemas.with(LANO, "/baseline/lano2019/cranialNerves", "{\"present\":false}"),
            "/baseline/lano2019",
            "cranialNerves"));
    entries.add(
        rejected(
            "format",
            "nodules on hydrocephalus",
            Schemas.with(LANO, "/followUps/0/lano2019/hydrocephalus/nodulesMm", "[[8,6]]"),
            "/followUps/0/lano2019/hydrocephalus",
            "nodulesMm"));
    entries.add(
        rejected(
            "format",
            "a fourth nodule",
            Schemas.with(
                LANO, "/followUps/0/lano2019/brainNodules/nodulesMm", "[[8,6],[8,6],[8,6],[8,6]]"),
            "/followUps/0/lano2019/brainNodules/nodulesMm",
            "3"));
    entries.add(
        rejected(
            "format",
            "a nodule not above 5 x 5 mm",
            Schemas.with(LANO, "/baseline/lano2019/brainNodules/nodulesMm/1", "[7,5]"),
            "/baseline/lano2019/brainNodules/nodulesMm/1/1",
            "5"));
    entries.add(
        rejected(
            "format",
            "nodules on an absent item",
            Schemas.with(LANO, "/baseline/lano2019/spineNodules/nodulesMm", "[[8,6]]"),
            "/baseline/lano2019/spineNodules/present",
            "true"));
    entries.add(
        rejected(
            "format",
            "present as a word",
            Schemas.with(LANO, "/baseline/lano2019/brainLinear/present", "\"YES\""),
            "/baseline/lano2019/brainLinear/present",
            "enumeration"));
    entries.add(
        rejected(
            "format",
            "the 2017 scorecard in a LANO_2019 case",
            Schemas.with(CASE, "/criteria", "{\"imaging\":\"LANO_2019\"}"),
            "/criteria/imaging",
            "RANO_LM_2017"));
    entries.add(
        rejected(
            "format",
            "the 2019 scorecard in a RANO_LM_2017 case",
            Schemas.with(LANO, "/criteria", "{\"imaging\":\"RANO_LM_2017\"}"),
            "/criteria/imaging",
            "LANO_2019"));
    entries.add(
        rejected(
            "format",
            "both scorecards in one visit",
            Schemas.with(Schemas.without(LANO, "/criteria"), "/followUps/0/nonTargets", "[]"),
            "/followUps/0",
            ""));
    return entries.stream();
  }

  static Stream<Passed> clinical() {
    List<Passed> entries = new ArrayList<>();
    // 9.4 a duplicate lesion id
    entries.add(
        new Passed(
            "9.4",
            "two baseline targets T1",
            Schemas.with(CASE, "/baseline/targets/1/id", "\"T1\"")));
    entries.add(
        new Passed(
            "9.4",
            "a non-target named as a target",
            Schemas.with(CASE, "/baseline/nonTargets/0/id", "\"T2\"")));
    entries.add(
        new Passed(
            "9.4",
            "a follow-up scoring T1 twice",
            Schemas.with(CASE, "/followUps/0/targets/1/id", "\"T1\"")));
    // 9.5 a follow-up that lacks a baseline target, 9.6 names an unknown one
    entries.add(new Passed("9.5", "T2 left out", Schemas.without(CASE, "/followUps/0/targets/1")));
    entries.add(
        new Passed("9.6", "target T9", Schemas.with(CASE, "/followUps/0/targets/1/id", "\"T9\"")));
    entries.add(
        new Passed(
            "9.6", "non-target N7", Schemas.with(CASE, "/followUps/0/nonTargets/0/id", "\"N7\"")));
    entries.add(
        new Passed(
            "IMG-13",
            "a follow-up site that differs from the baseline's",
            Schemas.with(CASE, "/followUps/0/targets/0/site", "\"SPINE_NODULE\"")));
    // 9.8 long < short
    entries.add(
        new Passed(
            "9.8", "[5, 7]", Schemas.with(CASE, "/baseline/targets/0/diametersMm", "[5,7]")));
    // 9.12 dates out of order (TIME-1)
    entries.add(
        new Passed(
            "9.12",
            "follow-up on the baseline date",
            Schemas.with(CASE, "/followUps/0/date", "\"2026-01-05\"")));
    entries.add(
        new Passed(
            "9.12",
            "follow-up before baseline",
            Schemas.with(CASE, "/followUps/0/date", "\"2025-12-05\"")));
    entries.add(
        new Passed(
            "9.12",
            "follow-ups not increasing",
            Schemas.with(CASE, "/followUps/1", "{\"date\":\"2026-01-20\"}")));
    entries.add(
        new Passed(
            "9.12",
            "sequence date repeated",
            Schemas.with(SEQUENCE, "/responses/1/date", "\"2026-02-07\"")));
    entries.add(
        new Passed(
            "9.12",
            "sequence before its reference date",
            Schemas.with(SEQUENCE, "/responses/0/date", "\"2026-01-01\"")));
    // what a schema cannot see: the tree it validates has one value per key, and numbers by value
    entries.add(
        new Passed(
            "CF.2",
            "result twice: the parsed tree keeps one",
            CASE.replace(
                "\"result\":\"POSITIVE\"", "\"result\":\"POSITIVE\",\"result\":\"NEGATIVE\"")));
    entries.add(
        new Passed(
            "CF.3",
            "2.0 for a level: an integer in draft 2020-12",
            Schemas.with(CASE, "/baseline/neuro/gait", "2.0")));
    entries.add(
        new Passed(
            "CF.3",
            "1.0 for a score: an integer in draft 2020-12",
            Schemas.with(CASE, "/followUps/0/targets/1/score", "1.0")));
    entries.add(
        new Passed(
            "CF.3",
            "1e0 for a level: an integer in draft 2020-12",
            Schemas.with(CASE, "/baseline/neuro/gait", "1e0")));
    entries.add(
        new Passed(
            "CSF-1",
            "a minimum volume with 7 decimals (the reader allows 6)",
            Schemas.with(CASE, "/criteria", "{\"csfMinimumVolumeMl\":5.1234567}")));
    return entries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structural")
  void structurallyInvalidCase_failsTheSchema_atTheFieldTheReaderNames(Rejected entry) {
    assertThat(Schemas.errors(Schemas.CASE, entry.json()))
        .as(entry.json())
        .anySatisfy(
            error ->
                assertThat(error).startsWith(entry.location() + ": ").contains(entry.fragment()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clinical")
  void clinicallyInvalidCase_passesTheSchema_theReaderRejectsIt(Passed entry) {
    assertThat(Schemas.errors(Schemas.CASE, entry.json())).as(entry.json()).isEmpty();
  }

  @Test
  void theBaseCases_pass() {
    for (String valid : List.of(CASE, SEQUENCE, LANO)) {
      assertThat(Schemas.errors(Schemas.CASE, valid)).as(valid).isEmpty();
    }
  }

  /**
   * A LANO_2019 case without {@code criteria}: the profile is the command's {@code --imaging}
   * option, which the schema cannot see, so either profile passes as long as every visit uses the
   * same one.
   */
  @Test
  void lano2019WithoutCriteria_passes_theCommandLineMayChooseTheProfile() {
    assertThat(Schemas.errors(Schemas.CASE, Schemas.without(LANO, "/criteria"))).isEmpty();
  }

  /**
   * A signed year of five digits or more, which {@code LocalDate.parse} would take: the schema's
   * date (RFC 3339 full-date) has four digits, and the reader (rano-core's {@code Visit}) rejects
   * it too, naming the field, so the two agree.
   */
  @Test
  void extendedYear_theSchemaAndTheReaderBothReject() throws Exception {
    String json = Schemas.with(CASE, "/followUps/0/date", "\"+12026-02-02\"");

    assertThat(Schemas.errorLocations(Schemas.CASE, json)).contains("/followUps/0/date");
    assertThatThrownBy(() -> CaseFormat.withDefaults().read(json))
        .isInstanceOfSatisfying(
            CaseRejection.class,
            e -> {
              assertThat(e.path()).isEqualTo("followUps[0].date");
              assertThat(e.getCause().value()).isEqualTo("+12026-02-02");
            });
  }

  @Test
  void catalogue_coversEveryItemOfSection9ThatIsStructural_andEveryOtherAsPassing() {
    List<String> rejected = structural().map(Rejected::item).distinct().toList();
    List<String> passed = clinical().map(Passed::item).distinct().toList();

    assertThat(rejected)
        .contains(
            "9.1", "9.2", "9.3", "9.7", "9.9", "9.10", "9.11", "9.13", "CF.1", "CF.3", "CF.4");
    assertThat(passed).contains("9.4", "9.5", "9.6", "9.8", "9.12", "CF.2", "CF.3");
  }

  // ------------------------------------------------------------------------------------ helpers

  private static Rejected rejected(
      String item, String what, String json, String location, String fragment) {
    return new Rejected(item, what, json, location, fragment);
  }

  private static String neuro() {
    StringBuilder exam = new StringBuilder("{");
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      exam.append(exam.length() > 1 ? "," : "").append('"').append(domain.key()).append("\":0");
    }
    return exam.append('}').toString();
  }

  private static String sixTargets() {
    StringBuilder baseline = new StringBuilder("[");
    StringBuilder followUp = new StringBuilder("[");
    for (int i = 1; i <= 6; i++) {
      baseline
          .append(i > 1 ? "," : "")
          .append("{\"id\":\"T")
          .append(i)
          .append("\",\"site\":\"BRAIN_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":1}");
      followUp.append(i > 1 ? "," : "").append("{\"id\":\"T").append(i).append("\",\"score\":1}");
    }
    return Schemas.with(
        Schemas.with(CASE, "/baseline/targets", baseline + "]"),
        "/followUps/0/targets",
        followUp + "]");
  }
}
