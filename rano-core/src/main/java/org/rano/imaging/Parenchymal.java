package org.rano.imaging;

import java.util.Objects;
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
   * Holds the empty record, so that initialising {@code Parenchymal} does not initialise its
   * generated subclass (a class-initialisation deadlock risk).
   */
  private static final class Defaults {
    static final Parenchymal NONE = new ImmutableParenchymal.Builder().build();

    private Defaults() {}
  }

  /**
   * Obtains a record with neither status; add them with {@link #withBrain} and {@link #withSpine}.
   *
   * @return the record, not null
   */
  public static Parenchymal none() {
    return Defaults.NONE;
  }

  /**
   * Obtains a record with both statuses.
   *
   * @param brain the brain status, not null
   * @param spine the spine (intramedullary) status, not null
   * @return the record, not null
   */
  public static Parenchymal of(ParenchymalStatus brain, ParenchymalStatus spine) {
    return new ImmutableParenchymal.Builder()
        .brain(Objects.requireNonNull(brain, "brain"))
        .spine(Objects.requireNonNull(spine, "spine"))
        .build();
  }

  /**
   * Obtains this record with a brain status.
   *
   * @param status the brain status, not null
   * @return a record with this spine status and the brain status, not null
   */
  public Parenchymal withBrain(ParenchymalStatus status) {
    return new ImmutableParenchymal.Builder()
        .brain(Objects.requireNonNull(status, "status"))
        .spine(spine())
        .build();
  }

  /**
   * Obtains this record with a spinal intramedullary status.
   *
   * @param status the spine status, not null
   * @return a record with this brain status and the spine status, not null
   */
  public Parenchymal withSpine(ParenchymalStatus status) {
    return new ImmutableParenchymal.Builder()
        .brain(brain())
        .spine(Objects.requireNonNull(status, "status"))
        .build();
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
