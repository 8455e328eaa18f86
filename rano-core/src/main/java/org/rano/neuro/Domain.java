package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.rano.InvalidInputException;

/**
 * One domain of a neurological instrument: its key in the case format, its highest level and the
 * published meaning of each level, 0 = normal, higher = worse. Domains are data, so that a
 * corrected table or another instrument can be plugged in without touching the rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(prehash = true, copy = false) // hashed once: it keys every exam
public abstract class Domain {

  Domain() {}

  /**
   * Obtains a domain.
   *
   * @param key the key in the case format, e.g. {@code eyeMovements}, not blank
   * @param displayName the readable name, e.g. "eye movements", not null
   * @param levels the meaning of each level from 0 (normal) upwards, at least two, not null
   * @param source where the level texts come from, e.g. "LANO-form", not null
   * @param verified whether the level texts were verified against the published table
   * @return the domain, not null
   * @throws InvalidInputException if the key is blank or fewer than two levels are given
   */
  public static Domain of(
      String key,
      String displayName,
      ImmutableList<String> levels,
      String source,
      boolean verified) {
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(displayName, "displayName");
    java.util.Objects.requireNonNull(levels, "levels");
    java.util.Objects.requireNonNull(source, "source");
    if (key.isBlank()) {
      throw InvalidInputException.of(
          "key", key, "domain key \"" + key + "\" is blank; allowed: a non-blank key");
    }
    if (levels.size() < 2) {
      throw InvalidInputException.of(
          key, levels.size(), "a domain needs at least two levels; got " + levels.size());
    }
    return new ImmutableDomain.Builder()
        .key(key)
        .displayName(displayName)
        .levels(levels)
        .source(source)
        .verified(verified)
        .build();
  }

  /**
   * The key of the domain in the case format, e.g. {@code levelOfConsciousness}.
   *
   * @return the key, not null
   */
  public abstract String key();

  /**
   * The readable name, e.g. "level of consciousness".
   *
   * @return the name, not null
   */
  public abstract String displayName();

  /**
   * The meaning of each level, index = level.
   *
   * @return the level texts, at least two, not null
   */
  public abstract ImmutableList<String> levels();

  /**
   * Where the level texts come from.
   *
   * @return the source tag, e.g. "LANO-form", not null
   */
  public abstract String source();

  /**
   * Whether the level texts were verified against the published table; false for the rows the
   * specification marks "not verified".
   *
   * @return true when verified
   */
  public abstract boolean verified();

  /**
   * The highest (worst) level of the domain.
   *
   * @return the maximum level, at least 1
   */
  public int maxLevel() {
    return levels().size() - 1;
  }

  /**
   * Tells whether a level is the domain's highest (NEURO-2).
   *
   * @param level a level of this domain
   * @return true for the maximum level
   */
  public boolean isHighest(int level) {
    return level == maxLevel();
  }

  /**
   * Tells whether a level lies within this domain's range 0..{@link #maxLevel()}.
   *
   * @param level any integer
   * @return true when it is a level of this domain
   */
  public boolean hasLevel(int level) {
    return level >= 0 && level <= maxLevel();
  }

  /**
   * Obtains the meaning of a level.
   *
   * @param level a level of this domain
   * @return the meaning, not null
   * @throws InvalidInputException if the level is outside 0..{@link #maxLevel()}
   */
  public String meaningOf(int level) {
    if (!hasLevel(level)) {
      throw InvalidInputException.of(
          key(), level, "level " + level + " is out of range; allowed: 0.." + maxLevel());
    }
    return levels().get(level);
  }

  @Override
  public String toString() {
    return key();
  }
}
