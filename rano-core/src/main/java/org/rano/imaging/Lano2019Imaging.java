package org.rano.imaging;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.rano.ImagingProfile;
import org.rano.InvalidInputException;

/**
 * The revised 2019 MRI scorecard of one visit [LR2019] (spec section 4.4): a rating of each of the
 * five items. Used when the criteria select {@code imaging = LANO_2019}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Lano2019Imaging implements Scorecard {

  Lano2019Imaging() {}

  /**
   * Obtains a scorecard.
   *
   * @param ratings a rating for each of the five items, not null
   * @return the scorecard, not null
   * @throws InvalidInputException with the item's key as path for a missing item, or {@code
   *     <item>.nodulesMm} for nodules on an item that is not nodular or not present
   */
  public static Lano2019Imaging of(Map<Lano2019Item, ItemRating> ratings) {
    Objects.requireNonNull(ratings, "ratings");
    Map<Lano2019Item, ItemRating> ordered = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ItemRating rating = ratings.get(item);
      if (rating == null) {
        throw InvalidInputException.of(
            item.key(),
            null,
            "is missing; the 2019 scorecard "
                + "rates every item: brainNodules, brainLinear, hydrocephalus, spineNodules, "
                + "spineLinear (write \"present\": \"NE\" for an item that could not be assessed)");
      }
      if (!item.isNodular() && !rating.nodules().isEmpty()) {
        throw InvalidInputException.of(
            item.key() + ".nodulesMm",
            rating.nodules().size() + " nodule(s)",
            "nodules are recorded only for brainNodules and spineNodules; leave nodulesMm out of "
                + item.key());
      }
      if (!rating.nodules().isEmpty() && rating.presence() != ItemPresence.PRESENT) {
        throw InvalidInputException.of(
            item.key() + ".nodulesMm",
            rating.nodules().size() + " nodule(s)",
            "nodules are listed only for an item that is present; the item is "
                + rating.presence());
      }
      ordered.put(item, rating);
    }
    return new ImmutableLano2019Imaging.Builder().ratings(ordered).build();
  }

  /**
   * The rating of every item, in the order of {@link Lano2019Item}.
   *
   * @return the ratings, all five items, not null
   */
  public abstract ImmutableMap<Lano2019Item, ItemRating> ratings();

  /**
   * Obtains the rating of one item.
   *
   * @param item the item, not null
   * @return the rating, not null
   */
  public ItemRating rating(Lano2019Item item) {
    ItemRating rating = ratings().get(Objects.requireNonNull(item, "item"));
    if (rating == null) {
      throw new IllegalStateException("bug: every item is rated, " + item + " is not");
    }
    return rating;
  }

  @Override
  public final ImagingProfile profile() {
    return ImagingProfile.LANO_2019;
  }

  @Override
  public final String field() {
    return "lano2019";
  }
}
