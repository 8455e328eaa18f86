/**
 * RANO-LM response assessment for leptomeningeal metastases.
 *
 * <p>Entry point: {@link org.rano.response.RanoLm}. The packages follow the clinical
 * components: {@code org.rano.neuro} (the LANO neurological exam), {@code org.rano.csf}
 * (cytology), {@code org.rano.imaging} (the MRI scorecard), {@code org.rano.response} (a visit,
 * a case, the overall response and its time course), {@code org.rano.diagnosis} (the EANO-ESMO
 * classification) and {@code org.rano} (responses, rule IDs, reasons,
 * criteria and the invalid-input exception).
 */
// requires-automatic and requires-transitive-automatic warn that an automatic module's name may
// change; Immutables declares its name (Automatic-Module-Name: org.immutables.value.annotations
// in its manifest), so it is stable, and only its annotations are read, at compile time (static).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  // transitive: @Value.Immutable and @Value.Default appear on the exported value types and
  // their public methods, so a module compiling against this one reads them too (lint exports).
  requires static transitive org.immutables.value.annotations;

  exports org.rano;
  exports org.rano.neuro;
  exports org.rano.csf;
  exports org.rano.imaging;
  exports org.rano.response;
  exports org.rano.diagnosis;
}
