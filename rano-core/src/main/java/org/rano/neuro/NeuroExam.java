package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * A standardised neurological exam at one visit: a value for every domain of its instrument (spec
 * section 2.1). An exam given at all names every domain; a visit without an exam leaves the exam
 * out (NEURO-8).
 *
 * <p>For tests and examples, start from {@link #normal()} and change what differs: {@code
 * NeuroExam.normal().with(Lano.GAIT, 2).withNotEvaluable(Lano.HEARING, "hearing aid lost")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false) // built by its own Builder, through of()
public abstract class NeuroExam {

  private static final NeuroExam NORMAL_LANO = normal(Lano.INSTRUMENT);

  NeuroExam() {}

  /**
   * Obtains a LANO exam with every domain at level 0 (normal).
   *
   * @return the exam, not null
   */
  public static NeuroExam normal() {
    return NORMAL_LANO;
  }

  /**
   * Obtains an exam with every domain of an instrument at level 0 (normal).
   *
   * @param instrument the instrument, not null
   * @return the exam, not null
   */
  public static NeuroExam normal(Instrument instrument) {
    Builder builder = builder(instrument);
    for (Domain domain : instrument.domains()) {
      builder.set(domain, DomainValue.level(0));
    }
    return builder.build();
  }

  /**
   * Obtains a builder of a LANO exam; every domain must be set before {@link Builder#build()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return builder(Lano.INSTRUMENT);
  }

  /**
   * Obtains a builder of an exam of the given instrument.
   *
   * @param instrument the instrument, not null
   * @return a new builder, not null
   */
  public static Builder builder(Instrument instrument) {
    return new Builder(Objects.requireNonNull(instrument, "instrument"));
  }

  /**
   * The instrument the exam was scored with.
   *
   * @return the instrument, not null
   */
  @Value.Parameter
  public abstract Instrument instrument();

  /**
   * The value of every domain, in the instrument's order: the value of {@code
   * instrument().domains().get(i)} at index i.
   *
   * @return the values, as many as the instrument has domains, not null
   */
  @Value.Parameter
  public abstract ImmutableList<DomainValue> valuesInOrder();

  /**
   * The value of every domain, keyed by domain, in the instrument's order. Made on first use, from
   * {@link #valuesInOrder()}: the rules read values by position.
   *
   * @return the values, not null
   */
  @Value.Lazy
  public ImmutableMap<Domain, DomainValue> values() {
    List<Domain> domains = instrument().domains();
    List<DomainValue> values = valuesInOrder();
    ImmutableMap.Builder<Domain, DomainValue> map =
        ImmutableMap.builderWithExpectedSize(domains.size());
    for (int i = 0; i < domains.size(); i++) {
      map.put(domains.get(i), values.get(i));
    }
    return map.buildOrThrow();
  }

  /**
   * Obtains the value of one domain.
   *
   * @param domain a domain of this exam's instrument, not null
   * @return the value, not null
   * @throws InvalidInputException if the domain is not part of the instrument
   */
  public DomainValue value(Domain domain) {
    int position = position(instrument(), Objects.requireNonNull(domain, "domain"));
    if (position < 0) {
      throw unknownDomain(instrument(), domain.key());
    }
    return valuesInOrder().get(position);
  }

  /** The position of a domain in an instrument, or -1; the same instance is found first. */
  private static int position(Instrument instrument, Domain domain) {
    List<Domain> domains = instrument.domains();
    for (int i = 0; i < domains.size(); i++) {
      if (domains.get(i) == domain) {
        return i;
      }
    }
    return domains.indexOf(domain);
  }

  /**
   * Returns a copy with one domain at a level.
   *
   * @param domain a domain of the instrument, not null
   * @param level the level, within 0..{@link Domain#maxLevel()}
   * @return the new exam, not null
   * @throws InvalidInputException naming the domain if the level is out of range
   */
  public NeuroExam with(Domain domain, int level) {
    Objects.requireNonNull(domain, "domain");
    return with(domain, DomainValue.level(checkedLevel(domain, level)));
  }

  /**
   * Returns a copy with one domain set to a value.
   *
   * @param domain a domain of the instrument, not null
   * @param value the value, not null
   * @return the new exam, not null
   * @throws InvalidInputException naming the domain if the level is out of range or the domain is
   *     not part of the instrument
   */
  public NeuroExam with(Domain domain, DomainValue value) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(value, "value");
    Builder builder = builder(instrument());
    List<Domain> domains = instrument().domains();
    for (int i = 0; i < domains.size(); i++) {
      builder.set(domains.get(i), valuesInOrder().get(i));
    }
    return builder.set(domain, value).build();
  }

  /**
   * Returns a copy with one domain not evaluable.
   *
   * @param domain a domain of the instrument, not null
   * @param reason why it could not be examined, not null
   * @return the new exam, not null
   */
  public NeuroExam withNotEvaluable(Domain domain, String reason) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(reason, "reason");
    return with(domain, DomainValue.notEvaluable(reason));
  }

  /**
   * Returns a copy with one domain at a level attributed to a non-LM cause (NEURO-4).
   *
   * @param domain a domain of the instrument, not null
   * @param level the level, within the domain's range
   * @param cause the cause, not null
   * @return the new exam, not null
   * @throws InvalidInputException naming the domain if the level is out of range
   */
  public NeuroExam withAttributed(Domain domain, int level, Attribution cause) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(cause, "cause");
    return with(domain, DomainValue.attributed(checkedLevel(domain, level), cause));
  }

  private static int checkedLevel(Domain domain, int level) {
    if (!domain.hasLevel(level)) {
      throw outOfRange(domain, level);
    }
    return level;
  }

  private static InvalidInputException outOfRange(Domain domain, int level) {
    return InvalidInputException.of(
        domain.key(),
        level,
        "level " + level + " is out of range; allowed: 0.." + domain.maxLevel() + " or NE");
  }

  private static InvalidInputException unknownDomain(Instrument instrument, String key) {
    return InvalidInputException.of(
        key, key, "unknown domain \"" + key + "\"; allowed: " + instrument.keys());
  }

  /**
   * Builds an exam domain by domain; {@link #build()} checks that every domain was set. Not
   * thread-safe; the exam it builds is.
   */
  public static final class Builder {
    private final Instrument instrument;

    /** The value of each domain, at the domain's position in the instrument. */
    private final @Nullable DomainValue[] values;

    private Builder(Instrument instrument) {
      this.instrument = instrument;
      this.values = new DomainValue[instrument.domains().size()];
    }

    /**
     * Sets one domain; a later call for the same domain replaces the value.
     *
     * @param domain a domain of the instrument, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws InvalidInputException naming the domain if it is not part of the instrument or the
     *     level is out of its range
     */
    public Builder set(Domain domain, DomainValue value) {
      Objects.requireNonNull(domain, "domain");
      int position = position(instrument, domain);
      if (position < 0) {
        throw unknownDomain(instrument, domain.key());
      }
      Objects.requireNonNull(value, "value");
      OptionalInt level = value.level(); // made anew by each call: once here
      if (level.isPresent() && !domain.hasLevel(level.getAsInt())) {
        throw outOfRange(domain, level.getAsInt());
      }
      values[position] = value;
      return this;
    }

    /**
     * Sets one domain by its key in the case format.
     *
     * @param key the domain key, e.g. {@code eyeMovements}, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws InvalidInputException naming the key if it is unknown or the level is out of range
     */
    public Builder set(String key, DomainValue value) {
      Domain domain = instrument.domain(key).orElseThrow(() -> unknownDomain(instrument, key));
      return set(domain, value);
    }

    /**
     * Sets one domain to a plain level.
     *
     * @param domain a domain of the instrument, not null
     * @param level the level
     * @return this builder, not null
     * @throws InvalidInputException naming the domain if the level is out of range
     */
    public Builder set(Domain domain, int level) {
      Objects.requireNonNull(domain, "domain");
      return set(domain, DomainValue.level(checkedLevel(domain, level)));
    }

    /**
     * Builds the exam.
     *
     * @return the exam, not null
     * @throws InvalidInputException naming the first domain of the instrument that was not set
     */
    public NeuroExam build() {
      List<Domain> domains = instrument.domains();
      for (int i = 0; i < domains.size(); i++) {
        if (values[i] == null) {
          throw InvalidInputException.of(
              domains.get(i).key(),
              null,
              "is missing; an exam names every domain ("
                  + instrument.keys()
                  + "); leave the exam out when it was not done");
        }
      }
      ImmutableList<DomainValue> inOrder = ImmutableList.copyOf(values);
      return ImmutableNeuroExam.of(instrument, inOrder);
    }
  }
}
