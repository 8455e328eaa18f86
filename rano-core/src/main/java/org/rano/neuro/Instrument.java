package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.InvalidInputException;

/**
 * A neurological assessment instrument: a named, ordered set of domains. The library ships {@link
 * Lano#INSTRUMENT}; another instrument (for example NANO-LM) is plugged in by building one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(prehash = true, copy = false) // hashed once, as its domains are
public abstract class Instrument {

  Instrument() {}

  /**
   * Obtains an instrument.
   *
   * @param name the instrument's name, e.g. "LANO", not null
   * @param domains the domains in the order they are reported, at least one, unique keys
   * @return the instrument, not null
   * @throws InvalidInputException if no domain is given or two domains share a key
   */
  public static Instrument of(String name, ImmutableList<Domain> domains) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(domains, "domains");
    if (domains.isEmpty()) {
      throw InvalidInputException.of("domains", "[]", "an instrument needs at least one domain");
    }
    for (int i = 0; i < domains.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (domains.get(i).key().equals(domains.get(j).key())) {
          throw InvalidInputException.of(
              "domains[" + i + "]",
              domains.get(i).key(),
              "domain key \"" + domains.get(i).key() + "\" is used twice; allowed: unique keys");
        }
      }
    }
    return new ImmutableInstrument.Builder().name(name).domains(domains).build();
  }

  /**
   * The instrument's name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * The domains in report order.
   *
   * @return the domains, not empty, not null
   */
  public abstract ImmutableList<Domain> domains();

  /**
   * The position of each domain by its key, made once per instrument on first use.
   *
   * @return the positions, not null
   */
  @Value.Lazy
  ImmutableMap<String, Integer> positions() {
    ImmutableMap.Builder<String, Integer> positions =
        ImmutableMap.builderWithExpectedSize(domains().size());
    for (int i = 0; i < domains().size(); i++) {
      positions.put(domains().get(i).key(), i);
    }
    return positions.buildOrThrow();
  }

  /**
   * Finds a domain by its key in the case format.
   *
   * @param key the key, e.g. {@code gait}, not null
   * @return the domain, or empty when the instrument has no such domain
   */
  public Optional<Domain> domain(String key) {
    int position = position(key);
    return position < 0 ? Optional.empty() : Optional.of(domains().get(position));
  }

  /**
   * Finds the position of a domain in {@link #domains()} by its key, for a reader that keeps the
   * values of an exam in the instrument's order.
   *
   * @param key the key, e.g. {@code gait}, not null
   * @return the position, from 0, or -1 when the instrument has no such domain
   */
  public int position(String key) {
    Integer position = positions().get(Objects.requireNonNull(key, "key"));
    return position == null ? -1 : position;
  }

  /**
   * Obtains the keys of all domains, comma separated, for messages.
   *
   * @return the keys, not null
   */
  public String keys() {
    StringBuilder keys = new StringBuilder();
    for (Domain domain : domains()) {
      if (keys.length() > 0) {
        keys.append(", ");
      }
      keys.append(domain.key());
    }
    return keys.toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
