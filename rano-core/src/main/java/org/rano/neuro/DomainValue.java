package org.rano.neuro;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The value of one domain at one visit: a level, not evaluable (NE) with an optional reason, or
 * either of them attributed to a non-LM cause (NEURO-4). A value knows no domain: whether its level
 * fits one (0 up to the domain's highest level) is checked when it is put into a {@link NeuroExam},
 * which names the domain and its range.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DomainValue {

  DomainValue() {}

  /**
   * Holds the shared values, so that initialising {@code DomainValue} does not initialise its
   * generated subclass (a class-initialisation deadlock risk).
   */
  private static final class Defaults {
    static final DomainValue[] LEVELS = {
      new ImmutableDomainValue.Builder().level(0).build(),
      new ImmutableDomainValue.Builder().level(1).build(),
      new ImmutableDomainValue.Builder().level(2).build(),
      new ImmutableDomainValue.Builder().level(3).build()
    };
    static final DomainValue NE = new ImmutableDomainValue.Builder().build();

    private Defaults() {}
  }

  /**
   * Obtains a plain level.
   *
   * @param level the level; the exam checks it against its domain's range
   * @return the value, not null
   */
  public static DomainValue level(int level) {
    if (level >= 0 && level < Defaults.LEVELS.length) {
      return Defaults.LEVELS[level];
    }
    return new ImmutableDomainValue.Builder().level(level).build();
  }

  /**
   * Obtains "not evaluable" without a reason.
   *
   * @return the value, not null
   */
  public static DomainValue notEvaluable() {
    return Defaults.NE;
  }

  /**
   * Obtains "not evaluable" with a reason, e.g. "patient intubated".
   *
   * @param reason why the domain could not be examined, not null
   * @return the value, not null
   */
  public static DomainValue notEvaluable(String reason) {
    return new ImmutableDomainValue.Builder()
        .note(Objects.requireNonNull(reason, "reason"))
        .build();
  }

  /**
   * Obtains a level attributed to a non-LM cause (NEURO-4).
   *
   * @param level the level; the exam checks it against its domain's range
   * @param cause the cause, not null
   * @return the value, not null
   */
  public static DomainValue attributed(int level, Attribution cause) {
    return new ImmutableDomainValue.Builder()
        .level(level)
        .attributedTo(Objects.requireNonNull(cause, "cause"))
        .build();
  }

  /**
   * Obtains this value attributed to a non-LM cause (NEURO-4), e.g. an NE domain attributed to
   * sedation.
   *
   * @param cause the cause, not null
   * @return a value with this level and note and the cause, not null
   */
  public DomainValue withCause(Attribution cause) {
    return new ImmutableDomainValue.Builder()
        .level(level())
        .attributedTo(Objects.requireNonNull(cause, "cause"))
        .note(note())
        .build();
  }

  /**
   * Obtains this value with a free-text note, e.g. why the domain was not evaluable.
   *
   * @param note the note, not null
   * @return a value with this level and cause and the note, not null
   */
  public DomainValue withNote(String note) {
    return new ImmutableDomainValue.Builder()
        .level(level())
        .attributedTo(attributedTo())
        .note(Objects.requireNonNull(note, "note"))
        .build();
  }

  /**
   * The level, or empty when the domain was not evaluable.
   *
   * @return the level, 0 or more, or empty
   */
  public abstract OptionalInt level();

  /**
   * The non-LM cause the finding is attributed to (NEURO-4).
   *
   * @return the cause, or empty
   */
  public abstract Optional<Attribution> attributedTo();

  /**
   * Free text, e.g. why the domain was not evaluable.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Tells whether the domain was evaluable.
   *
   * @return true when a level is present
   */
  public boolean isEvaluable() {
    return level().isPresent();
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(level().isPresent() ? String.valueOf(level().getAsInt()) : "NE");
    attributedTo().ifPresent(cause -> text.append(" (attributed to ").append(cause).append(')'));
    note().ifPresent(note -> text.append(" \"").append(note).append('"'));
    return text.toString();
  }
}
