package org.rano.diagnosis;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.csf.CsfResult;
import org.rano.internal.Checks;

/**
 * What the EANO-ESMO classification looks at: CSF cytology, an optional leptomeningeal biopsy,
 * typical clinical signs, and the leptomeningeal MRI findings.
 *
 * <pre>{@code
 * DiagnosticFindings findings = DiagnosticFindings.builder()
 *     .cytology(CsfResult.NEGATIVE).clinicalSigns(true).linearEnhancement(true).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiagnosticFindings {

  DiagnosticFindings() {}

  /**
   * Obtains a builder; every finding defaults to absent and cytology to NOT_DONE.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the patient or sample classified, as a case id is checked ({@code LmCase}).
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * The CSF cytology result.
   *
   * @return the result, NOT_DONE when no sample was examined, not null
   */
  public abstract CsfResult cytology();

  /**
   * Whether a leptomeningeal biopsy showed tumour.
   *
   * @return true for a positive biopsy
   */
  public abstract boolean positiveBiopsy();

  /**
   * Whether the patient has typical clinical signs of LM.
   *
   * @return true when typical signs are present
   */
  public abstract boolean clinicalSigns();

  /**
   * Whether MRI shows linear leptomeningeal enhancement.
   *
   * @return true for linear enhancement
   */
  public abstract boolean linearEnhancement();

  /**
   * Whether MRI shows leptomeningeal nodules.
   *
   * @return true for nodular disease
   */
  public abstract boolean nodularDisease();

  /**
   * Whether MRI shows hydrocephalus.
   *
   * @return true for hydrocephalus
   */
  public abstract boolean hydrocephalus();

  /** Builds the findings. Not thread-safe; the findings it builds are. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private CsfResult cytology = CsfResult.NOT_DONE;
    private boolean positiveBiopsy;
    private boolean clinicalSigns;
    private boolean linear;
    private boolean nodular;
    private boolean hydrocephalus;

    private Builder() {}

    /**
     * Sets the id of the patient or sample classified.
     *
     * @param id the id: valid Unicode text (no lone surrogate), not blank, at most 256 characters,
     *     not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code id} for a blank id, one longer than 256
     *     characters or one with a lone surrogate
     */
    public Builder id(String id) {
      this.id = Optional.of(Checks.id("id", id));
      return this;
    }

    /**
     * Sets the cytology result.
     *
     * @param result the result, not null
     * @return this builder, not null
     */
    public Builder cytology(CsfResult result) {
      this.cytology = Objects.requireNonNull(result, "result");
      return this;
    }

    /**
     * Sets whether a leptomeningeal biopsy showed tumour.
     *
     * @param positive true for a positive biopsy
     * @return this builder, not null
     */
    public Builder positiveBiopsy(boolean positive) {
      this.positiveBiopsy = positive;
      return this;
    }

    /**
     * Sets whether typical clinical signs are present.
     *
     * @param present true when present
     * @return this builder, not null
     */
    public Builder clinicalSigns(boolean present) {
      this.clinicalSigns = present;
      return this;
    }

    /**
     * Sets whether MRI shows linear enhancement.
     *
     * @param present true when present
     * @return this builder, not null
     */
    public Builder linearEnhancement(boolean present) {
      this.linear = present;
      return this;
    }

    /**
     * Sets whether MRI shows nodules.
     *
     * @param present true when present
     * @return this builder, not null
     */
    public Builder nodularDisease(boolean present) {
      this.nodular = present;
      return this;
    }

    /**
     * Sets whether MRI shows hydrocephalus.
     *
     * @param present true when present
     * @return this builder, not null
     */
    public Builder hydrocephalus(boolean present) {
      this.hydrocephalus = present;
      return this;
    }

    /**
     * Builds the findings.
     *
     * @return the findings, not null
     */
    public DiagnosticFindings build() {
      return new ImmutableDiagnosticFindings.Builder()
          .id(id)
          .cytology(cytology)
          .positiveBiopsy(positiveBiopsy)
          .clinicalSigns(clinicalSigns)
          .linearEnhancement(linear)
          .nodularDisease(nodular)
          .hydrocephalus(hydrocephalus)
          .build();
    }
  }
}
