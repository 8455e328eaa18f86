package org.rano;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a rule decided as it did, as a value: its {@link ReasonKind kind}, the rule it reports
 * ({@link #rule()}) and its {@link Fact facts} (the domain and levels, the composite before and
 * after and the percent, the dates, ...), so that a program can read a decision without parsing
 * text. {@link #text()} renders it in English, e.g. {@code composite 4 -> 2 (-50.0 %): -50 % or
 * more (IMG-8)}; the wording may change between versions, the kinds and facts are the contract.
 *
 * <pre>{@code
 * for (Reason reason : visit.reasons()) {
 *   if (reason.kind() == ReasonKind.IMAGING_PARTIAL_RESPONSE) {
 *     reason.integer(Fact.COMPOSITE_BEFORE);   // 4
 *     reason.decimal(Fact.PERCENT);            // -50.0
 *   }
 * }
 * }</pre>
 *
 * <p>Two reasons are equal when their kinds and facts are equal. This class is immutable and
 * thread-safe.
 */
public final class Reason {

  private final ReasonKind kind;

  /** The value of each of the kind's facts, in the order of {@link ReasonKind#factList()}. */
  private final @Nullable Object[] values;

  private Reason(ReasonKind kind, @Nullable Object[] values) {
    this.kind = kind;
    this.values = values;
  }

  /**
   * Obtains a reason of a kind that carries no fact, e.g. {@link ReasonKind#NEURO_EXAM_STABLE}.
   *
   * @param kind the kind, not null
   * @return the reason, not null
   * @throws IllegalArgumentException if the kind requires a fact
   */
  public static Reason of(ReasonKind kind) {
    Reason plain = PLAIN.get(Objects.requireNonNull(kind, "kind"));
    return plain != null ? plain : builder(kind).build();
  }

  /** The one reason of each kind that carries no fact (a reason is a value: one is enough). */
  private static final ImmutableMap<ReasonKind, Reason> PLAIN = plainReasons();

  private static ImmutableMap<ReasonKind, Reason> plainReasons() {
    java.util.EnumMap<ReasonKind, Reason> plain = new java.util.EnumMap<>(ReasonKind.class);
    for (ReasonKind kind : ReasonKind.values()) {
      if (kind.factList().isEmpty()) {
        plain.put(kind, new Reason(kind, new Object[0]));
      }
    }
    return com.google.common.collect.Maps.immutableEnumMap(plain);
  }

  /**
   * Starts a reason of a kind; give it each fact the kind requires ({@link ReasonKind#facts()}).
   *
   * @param kind the kind, not null
   * @return the builder, not null
   */
  public static Builder builder(ReasonKind kind) {
    return new Builder(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Renders reasons in English, in their order; for callers that only show text.
   *
   * @param reasons the reasons, not null
   * @return the texts, not null
   */
  public static ImmutableList<String> texts(Iterable<Reason> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (Reason reason : reasons) {
      texts.add(reason.text());
    }
    return texts.build();
  }

  /**
   * Obtains the kind: what the rule found.
   *
   * @return the kind, not null
   */
  public ReasonKind kind() {
    return kind;
  }

  /**
   * Obtains the rule whose application this reason reports, the kind's rule.
   *
   * @return the rule, not null
   */
  public RuleId rule() {
    return kind.rule();
  }

  /**
   * Obtains every fact, in the order of {@link Fact}: {@link Integer}, {@link BigDecimal}, {@link
   * LocalDate}, {@link Boolean}, {@link String} or enum values ({@link Fact#type()}).
   *
   * @return the facts, possibly empty, not null
   */
  public ImmutableMap<Fact, Object> facts() {
    ImmutableMap.Builder<Fact, Object> facts = ImmutableMap.builderWithExpectedSize(values.length);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value != null) {
        facts.put(kind.factList().get(i), value);
      }
    }
    return facts.buildOrThrow();
  }

  /**
   * What to do with each fact of a reason ({@link #forEachFact}).
   *
   * @param <E> the exception the action may throw
   */
  @FunctionalInterface
  public interface FactAction<E extends Exception> {
    /**
     * Takes one fact.
     *
     * @param fact the fact, not null
     * @param value its value, of the fact's type ({@link Fact#type()}), not null
     * @throws E as the action does
     */
    void accept(Fact fact, Object value) throws E;
  }

  /**
   * Gives each fact to an action, in the order of {@link #facts()}, without building the map: for a
   * writer that turns every reason of a result into text.
   *
   * @param action what to do with each fact, not null
   * @param <E> the exception the action may throw
   * @throws E if the action throws it; the facts after it are not given
   */
  public <E extends Exception> void forEachFact(FactAction<E> action) throws E {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value != null) {
        action.accept(kind.factList().get(i), value);
      }
    }
  }

  /** The value of a fact, or null when the reason does not carry it. */
  private @Nullable Object find(Fact fact) {
    int index = kind.position(fact);
    return index < 0 ? null : values[index];
  }

  /**
   * Tells whether the reason carries a fact.
   *
   * @param fact the fact, not null
   * @return true when the fact is present
   */
  public boolean has(Fact fact) {
    return find(Objects.requireNonNull(fact, "fact")) != null;
  }

  /**
   * Obtains a whole-number fact, e.g. {@link Fact#COMPOSITE_BEFORE}.
   *
   * @param fact the fact, not null
   * @return the value
   * @throws IllegalArgumentException if the reason has no such fact or it is not a whole number
   */
  public int integer(Fact fact) {
    return value(fact, Integer.class);
  }

  /**
   * Obtains an exact decimal fact, e.g. {@link Fact#PERCENT} or {@link Fact#VOLUME_ML}.
   *
   * @param fact the fact, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the reason has no such fact or it is not a decimal
   */
  public BigDecimal decimal(Fact fact) {
    return value(fact, BigDecimal.class);
  }

  /**
   * Obtains a date fact, e.g. {@link Fact#DATE}.
   *
   * @param fact the fact, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the reason has no such fact or it is not a date
   */
  public LocalDate date(Fact fact) {
    return value(fact, LocalDate.class);
  }

  /**
   * Obtains a true-or-false fact, e.g. {@link Fact#EVALUABLE_ONLY}.
   *
   * @param fact the fact, not null
   * @return the value
   * @throws IllegalArgumentException if the reason has no such fact or it is not a flag
   */
  public boolean flag(Fact fact) {
    return value(fact, Boolean.class);
  }

  /**
   * Obtains a text fact, e.g. {@link Fact#LESION} or {@link Fact#DOMAIN}.
   *
   * @param fact the fact, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the reason has no such fact or it is not text
   */
  public String string(Fact fact) {
    return value(fact, String.class);
  }

  /**
   * Obtains a fact of any type, e.g. {@code value(Fact.SITE, Site.class)}.
   *
   * @param <T> the type of the value
   * @param fact the fact, not null
   * @param type the class of the value, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the reason has no such fact or it is not of that type
   */
  public <T> T value(Fact fact, Class<T> type) {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(type, "type");
    Object value = find(fact);
    if (value == null) {
      throw new IllegalArgumentException(
          "a reason of kind " + kind + " has no fact " + fact + "; it has " + facts().keySet());
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "the fact "
              + fact
              + " is a "
              + value.getClass().getSimpleName()
              + ", not a "
              + type.getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * Renders the reason in English, e.g. {@code gait 1 -> 3 is 2 levels worse (NEURO-1)}: the kind's
   * sentence with its facts, citing its rule. The wording is for people; programs read the kind and
   * the facts.
   *
   * @return the text, not null
   */
  public String text() {
    return ReasonText.render(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reason that && kind == that.kind && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Arrays.hashCode(values);
  }

  /**
   * Obtains the text of the reason ({@link #text()}).
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return text();
  }

  /**
   * Builds a {@link Reason}: each fact is checked against the kind (it must be one of {@link
   * ReasonKind#facts()}) and its type ({@link Fact#type()}) when given, and {@link #build()} checks
   * that every fact the kind requires was given.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final ReasonKind kind;
    private final @Nullable Object[] values;

    private Builder(ReasonKind kind) {
      this.kind = kind;
      this.values = new Object[kind.factList().size()];
    }

    /**
     * Sets a whole-number fact.
     *
     * @param fact the fact, not null
     * @param value the value
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not a whole number
     */
    public Builder with(Fact fact, int value) {
      return put(fact, value);
    }

    /**
     * Sets a decimal fact, kept exact as given.
     *
     * @param fact the fact, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not a decimal
     */
    public Builder with(Fact fact, BigDecimal value) {
      return put(Objects.requireNonNull(fact, "fact"), Objects.requireNonNull(value, "value"));
    }

    /**
     * Sets a date fact.
     *
     * @param fact the fact, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not a date
     */
    public Builder with(Fact fact, LocalDate value) {
      return put(Objects.requireNonNull(fact, "fact"), Objects.requireNonNull(value, "value"));
    }

    /**
     * Sets a true-or-false fact.
     *
     * @param fact the fact, not null
     * @param value the value
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not a flag
     */
    public Builder with(Fact fact, boolean value) {
      return put(fact, value);
    }

    /**
     * Sets a text fact.
     *
     * @param fact the fact, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not text
     */
    public Builder with(Fact fact, String value) {
      return put(Objects.requireNonNull(fact, "fact"), Objects.requireNonNull(value, "value"));
    }

    /**
     * Sets an enum fact, e.g. a site, a status or a policy.
     *
     * @param fact the fact, not null
     * @param value the value, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the kind has no such fact or it is not of that enum
     */
    public Builder with(Fact fact, Enum<?> value) {
      return put(Objects.requireNonNull(fact, "fact"), Objects.requireNonNull(value, "value"));
    }

    private Builder put(Fact fact, Object value) {
      Objects.requireNonNull(fact, "fact");
      int index = kind.position(fact);
      if (index < 0) {
        throw new IllegalArgumentException(
            "a reason of kind " + kind + " has no fact " + fact + "; allowed: " + kind.facts());
      }
      if (!fact.type().isInstance(value)) {
        throw new IllegalArgumentException(
            "the fact "
                + fact
                + " is a "
                + fact.type().getSimpleName()
                + ", not a "
                + value.getClass().getSimpleName());
      }
      values[index] = value;
      return this;
    }

    /**
     * Builds the reason.
     *
     * @return the reason, not null
     * @throws IllegalArgumentException if a fact the kind requires was not given
     */
    public Reason build() {
      for (int i = 0; i < values.length; i++) {
        Fact fact = kind.factList().get(i);
        if (values[i] == null && !kind.optionalFacts().contains(fact)) {
          throw new IllegalArgumentException(
              "a reason of kind " + kind + " needs the fact " + fact);
        }
      }
      return new Reason(kind, values.clone());
    }
  }
}
