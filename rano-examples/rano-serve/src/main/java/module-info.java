/**
 * The HTTP API of rano (issue 14): {@link org.rano.serve.RanoServer} scores cases, classifies
 * diagnoses, lists the criteria and the instruments and draws a case's pictures over HTTP, on the
 * JDK's built-in server, and serves the electronic scorecard page.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.serve {
  requires transitive org.rano.json;
  requires org.rano.report;
  requires jdk.httpserver;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano.serve;
}
