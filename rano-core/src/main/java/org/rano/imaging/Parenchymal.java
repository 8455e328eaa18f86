package org.rano.imaging;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parenchymal metastases outside the LM call (spec section 4.6): brain and spine each optional.
 * Carried into the result beside the LM response; never changes it [LR2019].
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Parenchymal {

  Parenchymal() {}

  /**
   * Obtains a record.
   *
   * @param brain the brain status, or empty
   * @param spine the spine (intramedullary) status, or empty
   * @return the record, not null
   */
  public static Parenchymal of(Optional<ParenchymalStatus> brain, Optional<ParenchymalStatus> spine) {
    java.util.Objects.requireNonNull(brain, "brain");
    java.util.Objects.requireNonNull(spine, "spine");
    return new ImmutableParenchymal.Builder().brain(brain).spine(spine).build();
  }

  /**
   * The brain parenchymal status.
   *
   * @return the status, or empty when not recorded
   */
  public abstract Optional<ParenchymalStatus> brain();

  /**
   * The spinal intramedullary status.
   *
   * @return the status, or empty when not recorded
   */
  public abstract Optional<ParenchymalStatus> spine();
}
