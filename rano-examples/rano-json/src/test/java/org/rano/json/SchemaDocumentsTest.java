package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rano.Fact;
import org.rano.Policy;
import org.rano.ReasonKind;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfStatus;
import org.rano.diagnosis.Certainty;
import org.rano.diagnosis.LmType;
import org.rano.diagnosis.MriPattern;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroStatus;

/**
 * The schema documents themselves: each is a valid draft 2020-12 schema with its {@code $id}, and
 * each list of names in them matches rano-core, so that a policy, a domain, a site or an enum word
 * added to the library fails here until the schemas follow: the criteria against {@link Policy}
 * (names, kinds, ranges, defaults), the neurological exam against {@link Lano#INSTRUMENT} (domains
 * and highest levels), the 2019 items against {@link Lano2019Item}, the enum words against the
 * library's enums, the rule IDs against {@link RuleId}, the reason facts against {@link ReasonKind}
 * (kinds, each kind's rule and facts) and {@link Fact} (keys and JSON types).
 */
class SchemaDocumentsTest {

  private static final Pattern COMMA = Pattern.compile(",\\s*");
  private static final JsonNode CASE = Schemas.parse(Schemas.schemaText("case.schema.json"));
  private static final JsonNode RESULT = Schemas.parse(Schemas.schemaText("result.schema.json"));
  private static final JsonNode DIAGNOSIS =
      Schemas.parse(Schemas.schemaText("diagnosis.schema.json"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "case.schema.json",
        "result.schema.json",
        "diagnosis.schema.json",
        "instrument.schema.json"
      })
  void schema_isValidDraft202012_withItsId_titleAndDescription(String file) {
    String text = Schemas.schemaText(file);
    JsonNode schema = Schemas.parse(text);

    assertThat(Schemas.errors(Schemas.META, text)).isEmpty();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).isEqualTo(Schemas.BASE + file);
    assertThat(schema.path("title").asText()).isNotBlank();
    assertThat(schema.path("description").asText()).contains("structure");
  }

  @Test
  void metaSchema_rejectsABrokenSchema_soTheCheckAboveMeansSomething() {
    assertThat(Schemas.errors(Schemas.META, "{\"type\": \"integr\", \"minimum\": \"0\"}"))
        .isNotEmpty();
  }

  // ---------------------------------------------------------------------------------- criteria

  @Test
  void criteria_namesEveryPolicy_inTheOrderOfPolicy_caseAndResult() {
    List<String> keys = Arrays.stream(Policy.values()).map(Policy::key).toList();

    assertThat(names(CASE.at("/$defs/criteria/properties"))).containsExactlyElementsOf(keys);
    assertThat(names(RESULT.at("/$defs/criteriaInForce/properties")))
        .containsExactlyElementsOf(keys);
    assertThat(texts(RESULT.at("/$defs/criteriaInForce/required"))).containsExactlyElementsOf(keys);
  }

  @ParameterizedTest
  @EnumSource(Policy.class)
  void criteria_acceptEachPolicysDefault_andWhatItAllows_rejectWhatItDoesNot(Policy policy) {
    List<String> valid = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    valid.add(json(policy.defaultValue()));
    switch (policy.kind()) {
      case ENUM -> {
        COMMA.splitAsStream(policy.allowed()).forEach(word -> valid.add("\"" + word + "\""));
        invalid.add("\"NOT_A_WORD\"");
        invalid.add("0");
      }
      case DAYS -> {
        valid.add("0");
        valid.add("2147483647");
        invalid.add("-1");
        invalid.add("1.5");
        invalid.add("2147483648");
      }
      case POINTS -> {
        valid.add("1");
        invalid.add("0");
        invalid.add("1.5");
      }
      case SWITCH -> {
        valid.add("true");
        valid.add("false");
        invalid.add("\"true\"");
        invalid.add("1");
      }
      case VOLUME -> {
        valid.add("0");
        valid.add("7.5");
        valid.add("1000");
        invalid.add("-0.5");
        invalid.add("1000.5");
        invalid.add("\"5\"");
      }
    }
    for (String value : valid) {
      assertThat(Schemas.errors(Schemas.CASE, withCriteria(policy, value)))
          .as(policy.key() + " " + value)
          .isEmpty();
    }
    for (String value : invalid) {
      assertThat(Schemas.errorLocations(Schemas.CASE, withCriteria(policy, value)))
          .as(policy.key() + " " + value)
          .contains("/criteria/" + policy.key());
    }
    assertThat(RESULT.at("/$defs/criteriaInForce/properties/" + policy.key()).isObject())
        .as("the result's criteria name " + policy.key())
        .isTrue();
  }

  // --------------------------------------------------------------------------- neurological exam

  @Test
  void neuro_namesEveryLanoDomain_inTheOrderOfTheInstrument_allRequired() {
    List<String> keys = Lano.INSTRUMENT.domains().stream().map(Domain::key).toList();

    assertThat(names(CASE.at("/$defs/neuro/properties"))).containsExactlyElementsOf(keys);
    assertThat(texts(CASE.at("/$defs/neuro/required"))).containsExactlyElementsOf(keys);
  }

  @Test
  void neuro_eachDomainGoesToItsHighestLevel_inEachForm() {
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      String at = "/followUps/0/neuro/" + domain.key();
      int max = domain.maxLevel();
      for (String value :
          List.of(
              String.valueOf(max),
              "\"NE\"",
              "{\"level\":" + max + "}",
              "{\"level\":\"NE\",\"note\":\"sedated\"}")) {
        assertThat(
                Schemas.errors(Schemas.CASE, Schemas.with(InvalidCaseSchemaTest.CASE, at, value)))
            .as(domain.key() + " " + value)
            .isEmpty();
      }
    }
  }

  // ------------------------------------------------------------------------------- enum words

  @Test
  void enumWords_areTheLibrarysWords() {
    assertThat(texts(CASE.at("/$defs/site/enum"))).containsExactlyElementsOf(words(Site.values()));
    assertThat(texts(CASE.at("/$defs/csf/properties/result/enum")))
        .containsExactlyElementsOf(words(CsfResult.values()));
    assertThat(texts(CASE.at("/$defs/domainObject/properties/attributedTo/enum")))
        .containsExactlyElementsOf(words(Attribution.values()));
    assertThat(texts(CASE.at("/$defs/followUpNonTarget/properties/status/enum")))
        .containsExactlyElementsOf(words(NonTargetStatus.values()));
    assertThat(texts(CASE.at("/$defs/baselineNonTarget/properties/status/enum")))
        .containsExactlyElementsOf(
            words(NonTargetStatus.values()).stream()
                .filter(word -> !word.equals(NonTargetStatus.UNEQUIVOCAL_PROGRESSION.name()))
                .toList());
    assertThat(texts(CASE.at("/$defs/parenchymalStatus/enum")))
        .containsExactlyElementsOf(words(ParenchymalStatus.values()));
    assertThat(texts(CASE.at("/$defs/change/enum")))
        .containsExactlyElementsOf(words(ItemChange.values()));
    List<String> codes = Arrays.stream(Response.values()).map(Response::code).toList();
    assertThat(texts(CASE.at("/$defs/response/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(Response.values())
                .filter(Response::isRanoLm)
                .map(Response::code)
                .toList());
    assertThat(texts(CASE.at("/$defs/sequenceResponse/enum"))).containsExactlyElementsOf(codes);

    assertThat(texts(RESULT.at("/$defs/response/enum"))).containsExactlyElementsOf(codes);
    assertThat(texts(RESULT.at("/$defs/assessedTimePoint/properties/neuro/enum")))
        .containsExactlyElementsOf(words(NeuroStatus.values()));
    assertThat(texts(RESULT.at("/$defs/assessedTimePoint/properties/csf/enum")))
        .containsExactlyElementsOf(words(CsfStatus.values()));
    assertThat(texts(RESULT.at("/$defs/assessedTimePoint/properties/imaging/enum")))
        .containsExactlyElementsOf(words(ImagingStatus.values()));
    assertThat(texts(RESULT.at("/$defs/parenchymalStatus/enum")))
        .containsExactlyElementsOf(words(ParenchymalStatus.values()));

    assertThat(texts(DIAGNOSIS.at("/properties/cytology/enum")))
        .containsExactlyElementsOf(words(CsfResult.values()));
  }

  @Test
  void lano2019_namesTheFiveItems_nodulesOnTheNodularOnes() {
    List<String> keys = Arrays.stream(Lano2019Item.values()).map(Lano2019Item::key).toList();
    for (String block : List.of("lano2019Baseline", "lano2019FollowUp")) {
      JsonNode items = CASE.at("/$defs/" + block + "/properties");

      assertThat(names(items)).as(block).containsExactlyElementsOf(keys);
      assertThat(texts(CASE.at("/$defs/" + block + "/required"))).containsExactlyElementsOf(keys);
      for (Lano2019Item item : Lano2019Item.values()) {
        assertThat(items.path(item.key()).path("$ref").asText().contains("nodular"))
            .as(block + " " + item.key())
            .isEqualTo(item.isNodular());
      }
    }
  }

  @Test
  void everyRuleId_matchesTheResultsRulePattern() {
    Pattern rule = Pattern.compile(RESULT.at("/$defs/ruleId/pattern").asText());
    for (RuleId id : RuleId.values()) {
      assertThat(rule.matcher(id.id()).find()).as(id.id()).isTrue();
    }
  }

  // ------------------------------------------------------------------------------- reason facts

  /** The enum of each fact whose {@link Fact#type()} is {@link Enum} (named in its javadoc). */
  private static final Map<Fact, Class<? extends Enum<?>>> COMPONENT_ENUMS =
      Map.ofEntries(
          Map.entry(Fact.ATTRIBUTION, Attribution.class),
          Map.entry(Fact.BASELINE_CYTOLOGY, CsfResult.class),
          Map.entry(Fact.CYTOLOGY, CsfResult.class),
          Map.entry(Fact.SITE, Site.class),
          Map.entry(Fact.PRESENCE, ItemPresence.class),
          Map.entry(Fact.CHANGE, ItemChange.class),
          Map.entry(Fact.NEURO, NeuroStatus.class),
          Map.entry(Fact.CSF, CsfStatus.class),
          Map.entry(Fact.IMAGING, ImagingStatus.class),
          Map.entry(Fact.PATTERN, MriPattern.class),
          Map.entry(Fact.LM_TYPE, LmType.class),
          Map.entry(Fact.CERTAINTY, Certainty.class));

  @Test
  void reasonKinds_areTheLibrarysKinds() {
    assertThat(texts(RESULT.at("/$defs/reasonKind/enum")))
        .containsExactlyElementsOf(words(ReasonKind.values()));
  }

  @Test
  void factValues_nameEveryFact_withItsJsonType() {
    JsonNode facts = RESULT.at("/$defs/factValues/properties");

    assertThat(names(facts))
        .containsExactlyElementsOf(Arrays.stream(Fact.values()).map(Fact::key).toList());
    for (Fact fact : Fact.values()) {
      JsonNode value = facts.path(fact.key());
      Class<?> type = fact.type();
      String expected;
      String actual;
      if (type == Enum.class || (type.isEnum() && type != Response.class && type != RuleId.class)) {
        Class<?> component = COMPONENT_ENUMS.get(fact);
        assertThat(type != Enum.class || component != null)
            .as(fact.key() + ": its enum, in COMPONENT_ENUMS")
            .isTrue();
        Class<?> constants = type == Enum.class && component != null ? component : type;
        expected = String.valueOf(words((Enum<?>[]) constants.getEnumConstants()));
        actual = String.valueOf(texts(value.path("enum")));
      } else {
        expected = jsonType(type);
        actual = value.has("$ref") ? value.path("$ref").asText() : value.path("type").asText();
      }
      assertThat(actual).as(fact.key()).isEqualTo(expected);
    }
  }

  @Test
  void eachKind_hasItsRule_andExactlyItsFacts_optionalOnesNotRequired() {
    JsonNode entries = RESULT.at("/$defs/reasonKindFacts/allOf");
    List<String> kinds = new ArrayList<>();
    entries.forEach(entry -> kinds.add(entry.at("/if/properties/kind/const").asText()));

    assertThat(kinds).containsExactlyElementsOf(words(ReasonKind.values()));
    for (int i = 0; i < kinds.size(); i++) {
      ReasonKind kind = ReasonKind.valueOf(kinds.get(i));
      JsonNode then = entries.get(i).path("then").path("properties");
      List<String> all = kind.facts().stream().map(Fact::key).toList();
      List<String> required =
          kind.facts().stream()
              .filter(fact -> !kind.optionalFacts().contains(fact))
              .map(Fact::key)
              .toList();

      assertThat(then.at("/rule/const").asText()).as(kind.name()).isEqualTo(kind.rule().id());
      if (all.isEmpty()) {
        assertThat(then.at("/facts/maxProperties").asInt(-1)).as(kind.name()).isZero();
      } else {
        assertThat(texts(then.at("/facts/propertyNames/enum")))
            .as(kind.name())
            .containsExactlyElementsOf(all);
        assertThat(texts(then.at("/facts/required")))
            .as(kind.name())
            .containsExactlyElementsOf(required);
      }
    }
  }

  private static String jsonType(Class<?> type) {
    if (type == Integer.class) {
      return "integer";
    } else if (type == BigDecimal.class) {
      return "number";
    } else if (type == Boolean.class) {
      return "boolean";
    } else if (type == String.class) {
      return "string";
    } else if (type == LocalDate.class) {
      return "#/$defs/date";
    } else if (type == RuleId.class) {
      return "#/$defs/ruleId";
    } else if (type == Response.class) {
      return "#/$defs/response";
    }
    return "no JSON type for " + type.getName();
  }

  // ------------------------------------------------------------------------------------ helpers

  private static String withCriteria(Policy policy, String value) {
    return Schemas.with(
        InvalidCaseSchemaTest.SEQUENCE, "/criteria", "{\"" + policy.key() + "\":" + value + "}");
  }

  private static String json(Object value) {
    return value instanceof String word ? "\"" + word + "\"" : String.valueOf(value);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> words(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}
