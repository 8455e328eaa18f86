package org.rano.imaging;

import org.immutables.value.Value;

/**
 * A lesion the reader reports as new at a follow-up (IMG-5), at any site, including one where a
 * baseline lesion already exists. An unequivocal new lesion is PD; an equivocal one blocks CR and
 * is dated back to if the next follow-up confirms it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewLesion {

  NewLesion() {}

  /**
   * Obtains an unequivocal new lesion (PD, IMG-5).
   *
   * @param site the site, not null
   * @return the lesion, not null
   */
  public static NewLesion unequivocal(Site site) {
    return of(site, false);
  }

  /**
   * Obtains an equivocal new lesion (blocks CR, IMG-5).
   *
   * @param site the site, not null
   * @return the lesion, not null
   */
  public static NewLesion equivocal(Site site) {
    return of(site, true);
  }

  /**
   * Obtains a new lesion.
   *
   * @param site the site, not null
   * @param equivocal whether the reader calls it equivocal
   * @return the lesion, not null
   */
  public static NewLesion of(Site site, boolean equivocal) {
    return new ImmutableNewLesion.Builder().site(site).equivocal(equivocal).build();
  }

  /**
   * The site.
   *
   * @return the site, not null
   */
  public abstract Site site();

  /**
   * Whether the reader calls the lesion equivocal.
   *
   * @return true when equivocal
   */
  public abstract boolean equivocal();

  @Override
  public String toString() {
    return (equivocal() ? "equivocal" : "unequivocal") + " new lesion at " + site();
  }
}
