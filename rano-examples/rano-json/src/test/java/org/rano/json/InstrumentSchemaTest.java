package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.InvalidInputException;
import org.rano.neuro.Instrument;

/**
 * Instruments as data: {@code instrument.schema.json} agrees with {@link
 * CaseFormat#readInstrument(String)} (a definition the schema accepts, the reader reads; one it
 * rejects at a field, the reader rejects too), but for duplicate domain keys, which a schema cannot
 * see; and {@code case.schema.json} checks a case's {@code neuro} blocks against its {@code
 * instrument}: the LANO block when it is left out or {@code "LANO"}, else any domain keys with
 * levels of 0 or more, {@code "NE"} or the object form.
 *
 * <p>The definitions checked are this module's {@code src/test/resources/instruments} and, when the
 * folder exists, every definition of {@code rano-examples/examples/instruments}.
 */
class InstrumentSchemaTest {

  /** The 14-domain instrument scored 0-2 of the README, as a test resource. */
  private static final String FOURTEEN =
      Schemas.read(Schemas.TEST_RESOURCES.resolve("instruments").resolve("fourteen.json"));

  static Stream<Arguments> validDefinitions() {
    List<Arguments> definitions = new ArrayList<>();
    for (Path file : Schemas.files(Schemas.TEST_RESOURCES.resolve("instruments"), ".json")) {
      definitions.add(arguments(file.getFileName().toString(), Schemas.read(file)));
    }
    if (Files.isDirectory(Schemas.EXAMPLE_INSTRUMENTS)) {
      for (Path file : Schemas.files(Schemas.EXAMPLE_INSTRUMENTS, ".json")) {
        definitions.add(
            arguments("examples/instruments/" + file.getFileName(), Schemas.read(file)));
      }
    }
    definitions.add(
        arguments("CaseFormatTest's fourteen domains", CaseFormatTest.fourteenDomains()));
    definitions.add(
        arguments(
            "one domain of two levels, an empty label",
            "{\"name\":\"X\",\"domains\":[{\"key\":\"a\",\"label\":\"\",\"levels\":[\"0\",\"1\"]}]}"));
    return definitions.stream();
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        arguments("an unknown field", Schemas.with(FOURTEEN, "/version", "1"), "", "version"),
        arguments(
            "a domain's unknown field",
            Schemas.with(FOURTEEN, "/domains/0/maxLevel", "2"),
            "/domains/0",
            "maxLevel"),
        arguments("no name", Schemas.without(FOURTEEN, "/name"), "", "name"),
        arguments("a blank name", Schemas.with(FOURTEEN, "/name", "\" \""), "/name", "pattern"),
        arguments("a name not a string", Schemas.with(FOURTEEN, "/name", "1"), "/name", "string"),
        arguments("no domains", Schemas.without(FOURTEEN, "/domains"), "", "domains"),
        arguments("no domain", Schemas.with(FOURTEEN, "/domains", "[]"), "/domains", "1"),
        arguments(
            "a domain without key",
            Schemas.without(FOURTEEN, "/domains/3/key"),
            "/domains/3",
            "key"),
        arguments(
            "a blank key",
            Schemas.with(FOURTEEN, "/domains/3/key", "\"\""),
            "/domains/3/key",
            "pattern"),
        arguments(
            "a key with a dot",
            Schemas.with(FOURTEEN, "/domains/3/key", "\"a.b\""),
            "/domains/3/key",
            "pattern"),
        arguments(
            "a key starting with a digit",
            Schemas.with(FOURTEEN, "/domains/3/key", "\"1a\""),
            "/domains/3/key",
            "pattern"),
        arguments(
            "a key beyond ASCII",
            Schemas.with(FOURTEEN, "/domains/3/key", "\"gaït\""),
            "/domains/3/key",
            "pattern"),
        arguments(
            "a key with a space",
            Schemas.with(FOURTEEN, "/domains/3/key", "\"eye movements\""),
            "/domains/3/key",
            "pattern"),
        arguments(
            "a domain without label",
            Schemas.without(FOURTEEN, "/domains/3/label"),
            "/domains/3",
            "label"),
        arguments(
            "a domain without levels",
            Schemas.without(FOURTEEN, "/domains/3/levels"),
            "/domains/3",
            "levels"),
        arguments(
            "a single level",
            Schemas.with(FOURTEEN, "/domains/3/levels", "[\"normal\"]"),
            "/domains/3/levels",
            "2"),
        arguments(
            "a level not a string",
            Schemas.with(FOURTEEN, "/domains/3/levels/1", "1"),
            "/domains/3/levels/1",
            "string"),
        arguments("an array", "[" + FOURTEEN + "]", "", "object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDefinitions")
  void validDefinition_passes_andTheReaderReadsIt(String name, String json) {
    assertThat(Schemas.errors(Schemas.INSTRUMENT, json)).as(name).isEmpty();
    Instrument instrument = CaseFormat.readInstrument(json);
    assertThat(instrument.domains()).hasSize(Schemas.parse(json).path("domains").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDefinitions")
  void invalidDefinition_failsAtThatPlace_andTheReaderRejectsIt(
      String what, String json, String location, String fragment) {
    assertThat(Schemas.errors(Schemas.INSTRUMENT, json))
        .as(json)
        .anySatisfy(error -> assertThat(error).startsWith(location + ": ").contains(fragment));
    assertThat(catchThrowable(() -> CaseFormat.readInstrument(json)))
        .as(what)
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void fourteenDomains_scoredZeroToTwo() {
    Instrument instrument = CaseFormat.readInstrument(FOURTEEN);

    assertThat(instrument.name()).isEqualTo("FOURTEEN");
    assertThat(instrument.domains()).hasSize(14);
    assertThat(instrument.domains()).allSatisfy(d -> assertThat(d.maxLevel()).isEqualTo(2));
  }

  @Test
  void aKeyThatCannotNameAField_isRejectedByTheReader_atItsPath_withWhatIsAllowed() {
    String json = Schemas.with(FOURTEEN, "/domains/3/key", "\"a.b\"");
    assertThat(catchThrowable(() -> CaseFormat.readInstrument(json)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("domains[3].key");
              assertThat(e.value()).isEqualTo("a.b");
              assertThat(e.problem())
                  .isEqualTo(
                      "\"a.b\" is not a domain key; allowed: an ASCII letter, then ASCII letters,"
                          + " digits or underscores, e.g. d01 or eyeMovements");
            });
    assertThat(CaseFormat.readInstrument(Schemas.with(FOURTEEN, "/domains/3/key", "\"x_9Y\"")))
        .isNotNull();
  }

  /** Unique domain keys are not expressible in draft 2020-12: the schema passes, the reader not. */
  @Test
  void duplicateDomainKeys_passTheSchema_onlyTheReaderRejectsThem() {
    String twice = Schemas.with(FOURTEEN, "/domains/1/key", "\"d01\"");

    assertThat(Schemas.errors(Schemas.INSTRUMENT, twice)).isEmpty();
    assertThat(catchThrowable(() -> CaseFormat.readInstrument(twice)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("d01");
  }

  // ---------------------------------------------------------------- a case naming its instrument

  @Test
  void caseOfAnotherInstrument_passes_andIsRead() {
    String json = raw(neuro14("0"), "FOURTEEN");
    CaseFormat format =
        CaseFormat.withDefaults().withInstrument(CaseFormat.readInstrument(FOURTEEN));

    assertThat(Schemas.errors(Schemas.CASE, json)).isEmpty();
    assertThat(format.read(json).assess().timePoints()).hasSize(1);
    for (String value :
        List.of("2", "\"NE\"", "{\"level\":1}", "{\"level\":\"NE\",\"note\":\"x\"}")) {
      assertThat(Schemas.errors(Schemas.CASE, Schemas.with(json, "/followUps/0/neuro/d07", value)))
          .as(value)
          .isEmpty();
    }
  }

  @Test
  void caseOfAnotherInstrument_failsAtTheDomain_forABadLevelOrKey() {
    String json = raw(neuro14("0"), "FOURTEEN");

    for (String value :
        List.of("-1", "1.5", "\"mild\"", "null", "true", "{\"level\":-1}", "{\"lvl\":1}")) {
      assertThat(
              Schemas.errorLocations(
                  Schemas.CASE, Schemas.with(json, "/followUps/0/neuro/d07", value)))
          .as(value)
          .contains("/followUps/0/neuro/d07");
    }
    assertThat(Schemas.errors(Schemas.CASE, Schemas.with(json, "/baseline/neuro/7up", "0")))
        .as("a key outside ^[A-Za-z][A-Za-z0-9_]*$")
        .isNotEmpty();
    assertThat(Schemas.errors(Schemas.CASE, Schemas.with(json, "/baseline/neuro", "{}")))
        .as("an empty exam")
        .isNotEmpty();
  }

  /** The schema cannot know another instrument's highest levels: the reader checks them. */
  @Test
  void levelAboveTheInstrumentsHighest_passesTheSchema_onlyTheReaderRejectsIt() {
    String json = raw(neuro14("3"), "FOURTEEN");
    CaseFormat format =
        CaseFormat.withDefaults().withInstrument(CaseFormat.readInstrument(FOURTEEN));

    assertThat(Schemas.errors(Schemas.CASE, json)).isEmpty();
    assertThat(catchThrowable(() -> format.read(json))).isInstanceOf(CaseRejection.class);
  }

  @Test
  void lanoCase_explicitOrByDefault_keepsTheLanoBlock() {
    String lano = InvalidCaseSchemaTest.CASE;
    String named = Schemas.with(lano, "/instrument", "\"LANO\"");

    assertThat(Schemas.errors(Schemas.CASE, named)).isEmpty();
    assertThat(CaseFormat.withDefaults().read(named).id())
        .contains(Schemas.parse(lano).path("id").asText());
    for (String json : List.of(lano, named)) {
      assertThat(
              Schemas.errorLocations(Schemas.CASE, Schemas.with(json, "/baseline/neuro/d01", "0")))
          .contains("/baseline/neuro");
      assertThat(
              Schemas.errorLocations(Schemas.CASE, Schemas.with(json, "/baseline/neuro/gait", "4")))
          .contains("/baseline/neuro/gait");
    }
    assertThat(Schemas.errors(Schemas.CASE, raw(neuro14("0"), null)))
        .as("another instrument's keys without its name")
        .isNotEmpty();
  }

  @Test
  void instrumentName_isANonBlankString_inEitherKindOfCase() {
    String json = raw(neuro14("0"), "FOURTEEN");

    assertThat(Schemas.errorLocations(Schemas.CASE, Schemas.with(json, "/instrument", "\"\"")))
        .contains("/instrument");
    assertThat(Schemas.errorLocations(Schemas.CASE, Schemas.with(json, "/instrument", "1")))
        .contains("/instrument");
    assertThat(
            Schemas.errors(
                Schemas.CASE,
                Schemas.with(InvalidCaseSchemaTest.SEQUENCE, "/instrument", "\"LANO\"")))
        .isEmpty();
  }

  private static String raw(String neuro, @org.jspecify.annotations.Nullable String instrument) {
    return "{\"id\":\"C1\""
        + (instrument == null ? "" : ",\"instrument\":\"" + instrument + "\"")
        + ",\"baseline\":{\"date\":\"2026-01-05\",\"neuro\":"
        + neuro
        + "},\"followUps\":[{\"date\":\"2026-02-02\",\"neuro\":"
        + neuro
        + "}]}";
  }

  private static String neuro14(String level) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 1; i <= 14; i++) {
      json.append(i > 1 ? "," : "").append(String.format("\"d%02d\":%s", i, level));
    }
    return json.append("}").toString();
  }
}
