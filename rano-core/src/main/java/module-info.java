/**
 * RANO-LM response assessment for leptomeningeal metastases.
 *
 * <p>Everything needed to score a case is in {@code org.rano}: the engine ({@link
 * org.rano.RanoLm}), a visit ({@link org.rano.Visit}), a case ({@link org.rano.LmCase}) or a
 * sequence of responses ({@link org.rano.ResponseSequence}), the criteria ({@link
 * org.rano.Criteria}) and the results ({@link org.rano.CaseAssessment}). The values of each
 * clinical component are in a package of their own: {@code org.rano.neuro} (the LANO neurological
 * exam), {@code org.rano.csf} (cytology), {@code org.rano.imaging} (the MRI scorecard) and {@code
 * org.rano.diagnosis} (the EANO-ESMO classification).
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
  exports org.rano.diagnosis;
}
