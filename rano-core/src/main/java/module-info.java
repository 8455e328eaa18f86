/**
 * RANO-LM response assessment for leptomeningeal metastases.
 *
 * <p>Entry point: {@link org.rano.response.RanoLm}. The packages follow the clinical
 * components: {@code org.rano.neuro} (the LANO neurological exam), {@code org.rano.csf}
 * (cytology), {@code org.rano.imaging} (the MRI scorecard), {@code org.rano.response} (a visit,
 * a case, the overall response and its time course), {@code org.rano.diagnosis} (the EANO-ESMO
 * classification) and {@code org.rano} (responses, rule IDs,
 * criteria and the invalid-input exception).
 */
module org.rano.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano;
  exports org.rano.neuro;
  exports org.rano.csf;
  exports org.rano.imaging;
  exports org.rano.response;
  exports org.rano.diagnosis;
}
