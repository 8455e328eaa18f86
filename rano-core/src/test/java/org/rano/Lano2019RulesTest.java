package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.rano.imaging.Diameters;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;

/**
 * The 2019 scorecard mapping LANO-1 to LANO-5 (spec section 4.4), IMG-14 when a scorecard is
 * missing, and its input checks [LR2019]: nodules are recorded only for the nodular items, only
 * when the item is present, at most the three largest, each above 5 x 5 mm.
 */
class Lano2019RulesTest {

  private static final ItemPresence P = ItemPresence.PRESENT;
  private static final ItemPresence A = ItemPresence.ABSENT;
  private static final ItemChange SAME = ItemChange.NO_CHANGE;

  /** The items in the order the fixtures below take their ratings: the scorecard's order. */
  private static final List<Lano2019Item> ITEMS =
      List.of(
          Lano2019Item.BRAIN_NODULES,
          Lano2019Item.BRAIN_LINEAR,
          Lano2019Item.HYDROCEPHALUS,
          Lano2019Item.SPINE_NODULES,
          Lano2019Item.SPINE_LINEAR);

  private static final Diameters NODULE = Diameters.of(8, 6);

  private static ItemRating present(Diameters... nodules) {
    return ItemRating.atBaseline(P).withNodules(List.of(nodules));
  }

  /** Every item absent at baseline except one, rated as given. */
  private static Map<Lano2019Item, ItemRating> absentBut(Lano2019Item item, ItemRating rating) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item other : Lano2019Item.values()) {
      ratings.put(other, ItemRating.atBaseline(A));
    }
    ratings.put(item, rating);
    return ratings;
  }

  private static Lano2019Imaging baseline(ItemPresence... presence) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (int i = 0; i < ITEMS.size(); i++) {
      ratings.put(ITEMS.get(i), ItemRating.atBaseline(presence[i]));
    }
    return Lano2019Imaging.of(ratings);
  }

  private static Lano2019Imaging followUp(ItemPresence[] presence, ItemChange[] change) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (int i = 0; i < ITEMS.size(); i++) {
      ratings.put(ITEMS.get(i), ItemRating.atFollowUp(presence[i], change[i]));
    }
    return Lano2019Imaging.of(ratings);
  }

  private static ItemChange[] changes(ItemChange... change) {
    return change;
  }

  private static ItemPresence[] now(ItemPresence... presence) {
    return presence;
  }

  private static ImagingFinding assess(Lano2019Imaging base, Lano2019Imaging visit) {
    return Lano2019Rules.assessSeries(Optional.of(base), List.of(Optional.of(visit))).get(0);
  }

  @Test
  void lano1_itemWorse_isPd() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, A, A),
            followUp(now(P, A, A, A, A), changes(ItemChange.WORSE, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).containsExactly(RuleId.LANO_1);
    assertThat(finding.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(ReasonKind.LANO_ITEM_WORSE);
              assertThat(r.string(Fact.ITEM)).isEqualTo("brainNodules");
            });
  }

  @Test
  void lano1_newlyPresentItem_isPd() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, A, A),
            followUp(now(P, A, P, A, A), changes(SAME, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(ReasonKind.LANO_ITEM_APPEARED);
              assertThat(r.string(Fact.ITEM)).isEqualTo("hydrocephalus");
            });
  }

  @Test
  void lano1_everyItemThatDecided_hasItsOwnReason() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, A, A),
            followUp(now(P, P, A, A, P), changes(ItemChange.WORSE, SAME, SAME, SAME, SAME)));
    assertThat(Fixtures.kinds(finding.reasons()))
        .containsExactly(
            ReasonKind.LANO_ITEM_WORSE,
            ReasonKind.LANO_ITEM_APPEARED,
            ReasonKind.LANO_ITEM_APPEARED);
    assertThat(finding.reasons())
        .extracting(r -> r.string(Fact.ITEM))
        .containsExactly("brainNodules", "brainLinear", "spineLinear");
  }

  @Test
  void lano2_itemNotEvaluable_isNe() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, A, A),
            followUp(now(P, ItemPresence.NE, A, A, A), changes(SAME, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.rules()).containsExactly(RuleId.LANO_2);
    Reason reason = Fixtures.only(finding.reasons(), ReasonKind.LANO_ITEM_NOT_EVALUABLE);
    assertThat(reason.string(Fact.ITEM)).isEqualTo("brainLinear");
    assertThat(reason.value(Fact.PRESENCE, ItemPresence.class)).isEqualTo(ItemPresence.NE);
    assertThat(reason.value(Fact.CHANGE, ItemChange.class)).isEqualTo(SAME);
  }

  @Test
  void lano2_changeNotEvaluable_isNe() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, A, A),
            followUp(now(P, A, A, A, A), changes(ItemChange.NE, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    Reason reason = Fixtures.only(finding.reasons(), ReasonKind.LANO_ITEM_NOT_EVALUABLE);
    assertThat(reason.value(Fact.PRESENCE, ItemPresence.class)).isEqualTo(P);
    assertThat(reason.value(Fact.CHANGE, ItemChange.class)).isEqualTo(ItemChange.NE);
  }

  @Test
  void lano3_everyPresentItemNowAbsent_isCr() {
    ImagingFinding finding =
        assess(
            baseline(P, P, A, A, A),
            followUp(
                now(A, A, A, A, A),
                changes(ItemChange.IMPROVED, ItemChange.IMPROVED, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.CR);
    assertThat(finding.rules()).containsExactly(RuleId.LANO_3);
    assertThat(Fixtures.kinds(finding.reasons()))
        .containsExactly(ReasonKind.LANO_COMPLETE_RESPONSE);
  }

  @Test
  void lano4_oneImprovedItemRemaining_isPr() {
    ImagingFinding finding =
        assess(
            baseline(P, P, A, A, A),
            followUp(now(A, P, A, A, A), changes(ItemChange.IMPROVED, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
    assertThat(finding.rules()).containsExactly(RuleId.LANO_4);
    assertThat(finding.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(ReasonKind.LANO_ITEM_IMPROVED);
              assertThat(r.string(Fact.ITEM)).isEqualTo("brainNodules");
            });
  }

  @Test
  void lano5_noChange_isSd() {
    ImagingFinding finding =
        assess(
            baseline(P, P, A, A, A),
            followUp(now(P, P, A, A, A), changes(SAME, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.rules()).containsExactly(RuleId.LANO_5);
    assertThat(Fixtures.kinds(finding.reasons())).containsExactly(ReasonKind.LANO_STABLE);
  }

  @Test
  void img11_noItemAtBaseline_isNotApplicable() {
    ImagingFinding finding =
        assess(
            baseline(A, A, A, A, A),
            followUp(now(A, A, A, A, A), changes(SAME, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(Fixtures.kinds(finding.reasons()))
        .containsExactly(ReasonKind.LANO_NO_ITEM_AT_BASELINE);
  }

  @Test
  void lano2_itemNotEvaluableAtBaseline_isNe_reasonNamesTheItem() {
    ImagingFinding finding =
        assess(
            baseline(P, A, A, ItemPresence.NE, A),
            followUp(now(P, A, A, A, A), changes(SAME, SAME, SAME, SAME, SAME)));
    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(
            Fixtures.only(finding.reasons(), ReasonKind.LANO_ITEM_NOT_EVALUABLE_AT_BASELINE)
                .string(Fact.ITEM))
        .isEqualTo("spineNodules");
  }

  @Test
  void img14_missingBaselineOrFollowUpScorecard_isNe_withDifferentReasons() {
    Lano2019Imaging scorecard = baseline(P, A, A, A, A);

    ImagingFinding noBaseline =
        Lano2019Rules.assessSeries(Optional.empty(), List.of(Optional.of(scorecard))).get(0);
    ImagingFinding noFollowUp =
        Lano2019Rules.assessSeries(Optional.of(scorecard), List.of(Optional.empty())).get(0);

    for (ImagingFinding finding : List.of(noBaseline, noFollowUp)) {
      assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
      assertThat(finding.rules()).containsExactly(RuleId.IMG_14);
    }
    assertThat(noBaseline.done()).isTrue();
    assertThat(noFollowUp.done()).isFalse();
    assertThat(Fixtures.kinds(noBaseline.reasons())).containsExactly(ReasonKind.LANO_NO_BASELINE);
    assertThat(Fixtures.kinds(noFollowUp.reasons())).containsExactly(ReasonKind.LANO_NOT_DONE);
  }

  private static Gen<ItemPresence> presences() {
    return SourceDSL.arbitrary().enumValues(ItemPresence.class);
  }

  private static Gen<ItemPresence[]> presenceArrays() {
    return SourceDSL.lists()
        .of(presences())
        .ofSize(5)
        .map(list -> list.toArray(new ItemPresence[0]));
  }

  private static Gen<ItemChange[]> changeArrays() {
    return SourceDSL.lists()
        .of(SourceDSL.arbitrary().enumValues(ItemChange.class))
        .ofSize(5)
        .map(list -> list.toArray(new ItemChange[0]));
  }

  @Test
  void lano1_property_anyItemWorse_alwaysPd() {
    qt().withFixedSeed(2019L)
        .withExamples(2000)
        .forAll(
            presenceArrays(), presenceArrays(), changeArrays(), SourceDSL.integers().between(0, 4))
        .checkAssert(
            (before, after, change, item) -> {
              ItemChange[] worse = change.clone();
              worse[item] = ItemChange.WORSE;
              assertThat(assess(baseline(before), followUp(after, worse)).status())
                  .isEqualTo(ImagingStatus.PD);
            });
  }

  @Test
  void lano2_property_resolvingAnNeNeverUndoesPd() {
    qt().withFixedSeed(2020L)
        .withExamples(2000)
        .forAll(
            presenceArrays(), presenceArrays(), changeArrays(), SourceDSL.integers().between(0, 4))
        .checkAssert(
            (before, after, change, item) -> {
              if (after[item] != ItemPresence.NE
                  || assess(baseline(before), followUp(after, change)).status()
                      != ImagingStatus.PD) {
                return;
              }
              for (ItemPresence value : new ItemPresence[] {P, A}) {
                ItemPresence[] resolved = after.clone();
                resolved[item] = value;
                assertThat(assess(baseline(before), followUp(resolved, change)).status())
                    .isEqualTo(ImagingStatus.PD);
              }
            });
  }

  @Test
  void invalid_changeAtBaseline() {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ratings.put(item, ItemRating.atFollowUp(A, SAME));
    }
    Visit baseline = Visit.on("2026-01-05").lano2019(Lano2019Imaging.of(ratings)).build();
    assertThatThrownBy(() -> LmCase.of(baseline))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo("baseline.lano2019.brainNodules.change");
  }

  @Test
  void invalid_changeMissingAtFollowUp() {
    Visit base = Visit.on("2026-01-05").lano2019(baseline(A, A, A, A, A)).build();
    Visit followUp = Visit.on("2026-02-02").lano2019(baseline(A, A, A, A, A)).build();
    assertThatThrownBy(() -> LmCase.of(base, followUp))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo("followUps[0].lano2019.brainNodules.change");
  }

  @Test
  void lr2019_nodularItems_acceptNodules() {
    for (Lano2019Item item :
        new Lano2019Item[] {Lano2019Item.BRAIN_NODULES, Lano2019Item.SPINE_NODULES}) {
      assertThat(item.isNodular()).isTrue();
      Lano2019Imaging scorecard = Lano2019Imaging.of(absentBut(item, present(NODULE)));
      assertThat(scorecard.rating(item).nodules()).containsExactly(NODULE);
    }
  }

  @Test
  void invalid_noduleListOnLinearItemOrHydrocephalus_atTheItemsPath() {
    for (Lano2019Item item :
        new Lano2019Item[] {
          Lano2019Item.BRAIN_LINEAR, Lano2019Item.HYDROCEPHALUS, Lano2019Item.SPINE_LINEAR
        }) {
      assertThat(item.isNodular()).isFalse();
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> Lano2019Imaging.of(absentBut(item, present(NODULE))));
      assertThat(e.path()).isEqualTo(item.key() + ".nodulesMm");
    }
  }

  @Test
  void invalid_moreThanThreeNodules_threeAreAccepted() {
    assertThat(present(NODULE, NODULE, NODULE).nodules()).hasSize(3);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> present(NODULE, NODULE, NODULE, NODULE));

    assertThat(e.path()).isEqualTo("nodulesMm[3]");
    assertThat(e.value()).isEqualTo("4 nodules");
    assertThat(e.problem()).contains("4", "at most the 3 largest");
  }

  @Test
  void invalid_nodulesOnAnAbsentOrNeItem_atTheItemsPath() {
    assertThat(present(NODULE).presence()).isEqualTo(ItemPresence.PRESENT);
    for (ItemPresence presence : new ItemPresence[] {ItemPresence.ABSENT, ItemPresence.NE}) {
      ItemRating rating = ItemRating.atBaseline(presence).withNodules(List.of(NODULE));
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> Lano2019Imaging.of(absentBut(Lano2019Item.SPINE_NODULES, rating)));
      assertThat(e.path()).isEqualTo("spineNodules.nodulesMm");
      assertThat(e.problem()).contains(presence.name());
    }
    assertThat(ItemRating.atBaseline(ItemPresence.ABSENT).withNodules(List.of()).nodules())
        .isEmpty();
  }

  @Test
  void invalid_noduleNotMeasurable_exactlyFiveByFive() {
    assertThatThrownBy(() -> present(Diameters.of(5, 5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("5 x 5 mm")
        .extracting(e -> ((InvalidInputException) e).path())
        .isEqualTo("nodulesMm[0]");
    assertThat(present(Diameters.of(5.1, 5.1)).nodules()).hasSize(1);
  }
}
