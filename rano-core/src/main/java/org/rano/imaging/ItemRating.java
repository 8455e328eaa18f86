package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.MeasurableNodule;
import org.rano.internal.Checks;

/**
 * The rating of one item of the 2019 scorecard at one visit: presence, the change since the
 * reference (follow-ups only), and for nodule items up to the three largest measurable nodules
 * (&gt; 5 x 5 mm) [LR2019].
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ItemRating {

  /** The most nodules recorded per nodule item. */
  public static final int MAX_NODULES = 3;

  ItemRating() {}

  /**
   * Obtains a baseline rating (no change).
   *
   * @param presence whether the item is seen, not null
   * @return the rating, not null
   */
  public static ItemRating atBaseline(ItemPresence presence) {
    return new ImmutableItemRating.Builder().presence(presence).build();
  }

  /**
   * Obtains a follow-up rating.
   *
   * @param presence whether the item is seen, not null
   * @param change the change since the reference, not null
   * @return the rating, not null
   */
  public static ItemRating atFollowUp(ItemPresence presence, ItemChange change) {
    return new ImmutableItemRating.Builder().presence(presence).change(change).build();
  }

  /**
   * Obtains a rating with every part given, as the case format writes it. Whether the item may
   * carry nodules is checked by {@link Lano2019Imaging#of}.
   *
   * @param presence whether the item is seen, not null
   * @param change the change since the reference, empty at baseline
   * @param nodules the largest measurable nodules, at most three, each above 5 x 5 mm
   * @return the rating, not null
   * @throws InvalidInputException with path {@code nodulesMm} for more than three nodules, or
   *     {@code nodulesMm[i]} for a nodule not above 5 x 5 mm
   */
  // InvalidParam is wrong here: {@code nodulesMm} is the path the exception reports (the case
  // format's field), not a misspelt reference to the parameter nodules.
  @SuppressWarnings("InvalidParam")
  public static ItemRating of(ItemPresence presence, Optional<ItemChange> change,
      List<Diameters> nodules) {
    java.util.Objects.requireNonNull(presence, "presence");
    java.util.Objects.requireNonNull(change, "change");
    java.util.Objects.requireNonNull(nodules, "nodules");
    if (nodules.size() > MAX_NODULES) {
      throw InvalidInputException.of("nodulesMm", nodules.size(), nodules.size()
          + " nodules; allowed: at most the " + MAX_NODULES + " largest measurable ones");
    }
    for (int i = 0; i < nodules.size(); i++) {
      Diameters nodule = nodules.get(i);
      if (!nodule.isMeasurable(MeasurableNodule.GT_5X5)) {
        throw InvalidInputException.of(Checks.at("nodulesMm", i), nodule, "nodule " + nodule
            + " is not measurable; allowed: nodules above 5 x 5 mm [LR2019]");
      }
    }
    if (!nodules.isEmpty() && presence != ItemPresence.PRESENT) {
      throw InvalidInputException.of("nodulesMm", nodules.size() + " nodule(s)",
          "nodules are listed only for an item that is present; the item is " + presence);
    }
    return new ImmutableItemRating.Builder().presence(presence).change(change)
        .nodules(nodules).build();
  }

  /**
   * Whether the item is seen.
   *
   * @return the presence, not null
   */
  public abstract ItemPresence presence();

  /**
   * The change since the reference; present at follow-ups only.
   *
   * @return the change, or empty at baseline
   */
  public abstract Optional<ItemChange> change();

  /**
   * The largest measurable nodules of a nodule item.
   *
   * @return at most three nodules, not null
   */
  public abstract ImmutableList<Diameters> nodules();
}
