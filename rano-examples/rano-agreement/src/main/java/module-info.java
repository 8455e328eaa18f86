/**
 * Inter-reader agreement of RANO-LM ratings: the statistics ({@link org.rano.agreement.stats}) and
 * the analysis of a study whose readers rated the same patients ({@link org.rano.agreement}).
 */
// requires-automatic: Immutables declares its name (Automatic-Module-Name), so it is stable, and
// only its annotations are read, at compile time (static), as in rano-core.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.agreement {
  requires transitive org.rano.json;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano.agreement;
  exports org.rano.agreement.stats;
}
