package org.rano.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;
import org.rano.RuleId;

/**
 * The 2019 scorecard's validation [LR2019] (spec section 4.4): nodules are recorded only for the
 * nodular items, only when the item is present, at most the three largest, each above 5 x 5 mm;
 * and LANO's IMG-14 when a scorecard is missing.
 */
class Lano2019ScorecardMutationTest {

  private static final Diameters NODULE = Diameters.of(8, 6);

  @Test
  void nodularItems_acceptNodules() {
    for (Lano2019Item item : new Lano2019Item[] {Lano2019Item.BRAIN_NODULES,
        Lano2019Item.SPINE_NODULES}) {
      assertThat(item.isNodular()).isTrue();
      Lano2019Imaging scorecard = Lano2019Imaging.of(ratings(item, present(NODULE)));
      assertThat(scorecard.rating(item).nodules()).containsExactly(NODULE);
    }
  }

  @Test
  void linearItemsAndHydrocephalus_rejectNodules_atTheItemsPath() {
    for (Lano2019Item item : new Lano2019Item[] {Lano2019Item.BRAIN_LINEAR,
        Lano2019Item.HYDROCEPHALUS, Lano2019Item.SPINE_LINEAR}) {
      assertThat(item.isNodular()).isFalse();
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
          () -> Lano2019Imaging.of(ratings(item, present(NODULE))));
      assertThat(e.path()).isEqualTo(item.key() + ".nodulesMm");
    }
  }

  @Test
  void threeNodules_areAccepted_fourAreRejected() {
    ItemRating three = present(NODULE, NODULE, NODULE);
    assertThat(three.nodules()).hasSize(3);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> present(NODULE, NODULE, NODULE, NODULE));

    assertThat(e.path()).isEqualTo("nodulesMm");
    assertThat(e.value()).isEqualTo("4");
    assertThat(e.problem()).contains("4", "at most");
  }

  @Test
  void nodules_onlyForAPresentItem() {
    assertThat(present(NODULE).presence()).isEqualTo(ItemPresence.PRESENT);
    for (ItemPresence presence : new ItemPresence[] {ItemPresence.ABSENT, ItemPresence.NE}) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
          () -> ItemRating.of(presence, Optional.empty(), List.of(NODULE)));
      assertThat(e.path()).isEqualTo("nodulesMm");
      assertThat(e.problem()).contains(presence.name());
    }
    assertThat(ItemRating.of(ItemPresence.ABSENT, Optional.empty(), List.of()).nodules())
        .isEmpty();
  }

  @Test
  void img14_missingBaselineOrFollowUpScorecard_isNe_withDifferentReasons() {
    Lano2019Imaging scorecard = Lano2019Imaging.of(ratings(Lano2019Item.BRAIN_NODULES,
        ItemRating.atBaseline(ItemPresence.PRESENT)));

    ImagingFinding noBaseline = Lano2019Rules.assessSeries(Optional.empty(),
        List.of(Optional.of(scorecard))).get(0);
    ImagingFinding noFollowUp = Lano2019Rules.assessSeries(Optional.of(scorecard),
        List.of(Optional.empty())).get(0);

    for (ImagingFinding finding : List.of(noBaseline, noFollowUp)) {
      assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
      assertThat(finding.rules()).containsExactly(RuleId.IMG_14);
    }
    assertThat(noBaseline.done()).isTrue();
    assertThat(noFollowUp.done()).isFalse();
    assertThat(noBaseline.reasons().get(0)).contains("baseline");
    assertThat(noFollowUp.reasons().get(0)).doesNotContain("baseline");
  }

  private static ItemRating present(Diameters... nodules) {
    return ItemRating.of(ItemPresence.PRESENT, Optional.empty(), List.of(nodules));
  }

  /** Every item absent at baseline except one, rated as given. */
  private static Map<Lano2019Item, ItemRating> ratings(Lano2019Item item, ItemRating rating) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item other : Lano2019Item.values()) {
      ratings.put(other, ItemRating.atBaseline(ItemPresence.ABSENT));
    }
    ratings.put(item, rating);
    return ratings;
  }
}
