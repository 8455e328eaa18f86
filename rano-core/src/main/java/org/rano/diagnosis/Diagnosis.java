package org.rano.diagnosis;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.rano.Reason;
import org.rano.RuleId;

/**
 * The EANO-ESMO classification of an LM diagnosis: pattern, type, certainty, label (e.g. {@code
 * IC}, {@code IIA}), the rules that decided it and the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Diagnosis {

  Diagnosis() {}

  static ImmutableDiagnosis.Builder builder() {
    return new ImmutableDiagnosis.Builder();
  }

  /**
   * The MRI pattern (DX-1).
   *
   * @return the pattern, not null
   */
  public abstract MriPattern pattern();

  /**
   * The type (DX-2).
   *
   * @return the type, not null
   */
  public abstract LmType type();

  /**
   * The level of certainty (DX-3).
   *
   * @return the certainty, not null
   */
  public abstract Certainty certainty();

  /**
   * The rules that decided the classification, DX-1 to DX-3.
   *
   * @return the rules, not null
   */
  public abstract ImmutableList<RuleId> rules();

  /**
   * Why, one reason per rule: the pattern (DX-1), the type with the cytology (DX-2), and the
   * certainty with what it rests on (DX-3), e.g. of kind {@link org.rano.ReasonKind#DX_PROBABLE}.
   *
   * @return the reasons, three, not null
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * The label: the type followed by the pattern letter, e.g. {@code IC} or {@code IID}.
   *
   * @return the label, not null
   */
  public String label() {
    return type().name() + pattern().letter();
  }
}
