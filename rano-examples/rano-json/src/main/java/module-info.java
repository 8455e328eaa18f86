/**
 * The case format of rano as a library: reads a case (raw assessments or a sequence of responses),
 * a diagnosis input or an instrument definition from JSON, streaming onto rano-core's builders, and
 * writes results. The entry point is {@link org.rano.json.CaseFormat}.
 */
// requires-automatic: Immutables declares its name (Automatic-Module-Name), so it is stable, and
// only its annotations are read, at compile time (static), as in rano-core.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.json {
  requires transitive org.rano.core;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano.json;
}
