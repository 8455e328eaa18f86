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
   * Returns a copy with the largest measurable nodules of a nodular item (brainNodules,
   * spineNodules); {@link Lano2019Imaging#of} checks that the item is nodular.
   *
   * @param nodules the nodules, at most three, each above 5 x 5 mm, not null
   * @return the rating, not null
   * @throws InvalidInputException with path {@code nodulesMm[3]} for more than three nodules, or
   *     {@code nodulesMm[i]} for a nodule not above 5 x 5 mm
   */
  // InvalidParam is wrong here: {@code nodulesMm} is the path the exception reports (the case
  // format's field), not a misspelt reference to the parameter nodules.
  @SuppressWarnings("InvalidParam")
  public ItemRating withNodules(List<Diameters> nodules) {
    java.util.Objects.requireNonNull(nodules, "nodules");
    if (nodules.size() > MAX_NODULES) {
      throw InvalidInputException.of(
          Checks.at("nodulesMm", MAX_NODULES),
          nodules.size() + " nodules",
          nodules.size()
              + " nodules; allowed: at most the "
              + MAX_NODULES
              + " largest measurable nodules per item [LR2019]");
    }
    for (int i = 0; i < nodules.size(); i++) {
      Diameters nodule = nodules.get(i);
      if (!nodule.isMeasurable(MeasurableNodule.GT_5X5)) {
        throw InvalidInputException.of(
            Checks.at("nodulesMm", i),
            nodule,
            "nodule " + nodule + " is not measurable; allowed: nodules above 5 x 5 mm [LR2019]");
      }
    }
    return new ImmutableItemRating.Builder()
        .presence(presence())
        .change(change())
        .nodules(nodules)
        .build();
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
