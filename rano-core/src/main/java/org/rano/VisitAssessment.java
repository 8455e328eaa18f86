package org.rano;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.csf.CsfFinding;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.Parenchymal;
import org.rano.neuro.NeuroFinding;

/**
 * The assessment of one follow-up (spec section 6): each component's finding, the overall response,
 * every rule that fired in the order applied, and the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitAssessment {

  VisitAssessment() {}

  static VisitAssessment of(
      NeuroFinding neuro,
      CsfFinding csf,
      ImagingFinding imaging,
      Response overall,
      ImmutableList<RuleId> rules,
      ImmutableList<Reason> reasons,
      Optional<Parenchymal> parenchymal) {
    return ImmutableVisitAssessment.of(neuro, csf, imaging, overall, rules, reasons, parenchymal);
  }

  /**
   * The neurological component (NEURO-1 to NEURO-8).
   *
   * @return the finding, not null
   */
  @Value.Parameter
  public abstract NeuroFinding neuro();

  /**
   * The CSF component (CSF-1 to CSF-5).
   *
   * @return the finding, not null
   */
  @Value.Parameter
  public abstract CsfFinding csf();

  /**
   * The radiological component (IMG-3 to IMG-14, or LANO-1 to LANO-5).
   *
   * @return the finding, not null
   */
  @Value.Parameter
  public abstract ImagingFinding imaging();

  /**
   * The overall response of the follow-up (OVR-1 to OVR-5).
   *
   * @return the response, not null
   */
  @Value.Parameter
  public abstract Response overall();

  /**
   * Every rule that decided the follow-up, in the order applied: the components' rules, then the
   * steroid rules, then the deciding OVR rule last.
   *
   * @return the rules, at least one, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RuleId> rules();

  /**
   * Why the follow-up has its response, as values with their rule and facts, in the order applied:
   * the neurological reasons, the CSF reasons, the imaging reasons, then those of the steroid
   * rules, and the reason of the deciding OVR rule last (e.g. of kind {@link
   * org.rano.ReasonKind#OVERALL_PARTIAL_RESPONSE} with the three components' statuses). {@link
   * Reason#texts(Iterable)} renders them in English.
   *
   * @return the reasons, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Parenchymal metastases recorded at the visit, carried beside the LM response and never changing
   * it (spec section 4.6).
   *
   * @return the record, or empty
   */
  @Value.Parameter
  public abstract Optional<Parenchymal> parenchymal();
}
