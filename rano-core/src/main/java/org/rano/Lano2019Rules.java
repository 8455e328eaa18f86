package org.rano;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;

/**
 * The library's mapping of the revised 2019 scorecard to a radiological response, LANO-1 to LANO-5
 * (spec section 4.4; the published mapping was not retrievable, so this is policy):
 *
 * <ol>
 *   <li>LANO-1: any item WORSE, or absent at reference and present now: PD;
 *   <li>LANO-2: otherwise any item NE now (presence or change), or NE at reference: NE;
 *   <li>LANO-3: otherwise every item present at reference is absent now: CR;
 *   <li>LANO-4: otherwise at least one item IMPROVED: PR;
 *   <li>LANO-5: otherwise SD.
 * </ol>
 *
 * An item NE at reference has nothing to compare with and counts as NE (as NEURO-8 does for a
 * domain). A baseline with no item present gives NOT_APPLICABLE unless LANO-1 holds (as IMG-11 does
 * for a normal MRI).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Lano2019Rules {
  private Lano2019Rules() {}

  /**
   * Assesses every follow-up scorecard against the baseline scorecard.
   *
   * @param baseline the baseline scorecard, or empty when imaging was not done (every follow-up is
   *     then NE, IMG-14)
   * @param followUps each follow-up's scorecard in date order, empty where imaging was not done
   * @return one finding per follow-up, in the same order, not null
   */
  public static ImmutableList<ImagingFinding> assessSeries(
      Optional<Lano2019Imaging> baseline, List<Optional<Lano2019Imaging>> followUps) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    ImmutableList.Builder<ImagingFinding> findings =
        ImmutableList.builderWithExpectedSize(followUps.size());
    for (Optional<Lano2019Imaging> followUp : followUps) {
      if (baseline.isEmpty() || followUp.isEmpty()) {
        findings.add(
            ImagingFinding.builder()
                .status(ImagingStatus.NE)
                .done(followUp.isPresent())
                .allNonTargetsAbsent(true)
                .rules(ImmutableList.of(RuleId.IMG_14))
                .reasons(
                    ImmutableList.of(
                        Reason.of(
                            baseline.isEmpty()
                                ? ReasonKind.LANO_NO_BASELINE
                                : ReasonKind.LANO_NOT_DONE)))
                .build());
      } else {
        findings.add(assess(baseline.get(), followUp.get()));
      }
    }
    return findings.build();
  }

  private static ImagingFinding assess(Lano2019Imaging baseline, Lano2019Imaging visit) {
    List<Reason> worse = new ArrayList<>();
    List<Reason> notEvaluable = new ArrayList<>();
    List<Reason> improved = new ArrayList<>();
    boolean anyPresentAtReference = false;
    boolean allResolved = true;
    for (Lano2019Item item : Lano2019Item.values()) {
      ItemRating before = baseline.rating(item);
      ItemRating now = visit.rating(item);
      ItemChange change = now.change().orElse(ItemChange.NE);
      if (change == ItemChange.WORSE) {
        worse.add(item(ReasonKind.LANO_ITEM_WORSE, item).build());
      } else if (before.presence() == ItemPresence.ABSENT
          && now.presence() == ItemPresence.PRESENT) {
        worse.add(item(ReasonKind.LANO_ITEM_APPEARED, item).build());
      }
      if (before.presence() == ItemPresence.NE) {
        notEvaluable.add(item(ReasonKind.LANO_ITEM_NOT_EVALUABLE_AT_BASELINE, item).build());
      } else if (now.presence() == ItemPresence.NE || change == ItemChange.NE) {
        notEvaluable.add(
            item(ReasonKind.LANO_ITEM_NOT_EVALUABLE, item)
                .with(Fact.PRESENCE, now.presence())
                .with(Fact.CHANGE, change)
                .build());
      }
      if (change == ItemChange.IMPROVED) {
        improved.add(item(ReasonKind.LANO_ITEM_IMPROVED, item).build());
      }
      if (before.presence() == ItemPresence.PRESENT) {
        anyPresentAtReference = true;
        if (now.presence() != ItemPresence.ABSENT) {
          allResolved = false;
        }
      }
    }
    ImagingFinding.Builder finding = ImagingFinding.builder().done(true).allNonTargetsAbsent(true);
    if (!worse.isEmpty()) {
      return finding
          .status(ImagingStatus.PD)
          .rules(ImmutableList.of(RuleId.LANO_1))
          .reasons(ImmutableList.copyOf(worse))
          .build();
    }
    if (!notEvaluable.isEmpty()) {
      return finding
          .status(ImagingStatus.NE)
          .rules(ImmutableList.of(RuleId.LANO_2))
          .reasons(ImmutableList.copyOf(notEvaluable))
          .build();
    }
    if (!anyPresentAtReference) {
      return finding
          .status(ImagingStatus.NOT_APPLICABLE)
          .rules(ImmutableList.of(RuleId.IMG_11))
          .reasons(ImmutableList.of(Reason.of(ReasonKind.LANO_NO_ITEM_AT_BASELINE)))
          .build();
    }
    if (allResolved) {
      return finding
          .status(ImagingStatus.CR)
          .rules(ImmutableList.of(RuleId.LANO_3))
          .reasons(ImmutableList.of(Reason.of(ReasonKind.LANO_COMPLETE_RESPONSE)))
          .build();
    }
    if (!improved.isEmpty()) {
      return finding
          .status(ImagingStatus.PR)
          .rules(ImmutableList.of(RuleId.LANO_4))
          .reasons(ImmutableList.copyOf(improved))
          .build();
    }
    return finding
        .status(ImagingStatus.SD)
        .rules(ImmutableList.of(RuleId.LANO_5))
        .reasons(ImmutableList.of(Reason.of(ReasonKind.LANO_STABLE)))
        .build();
  }

  /** A reason about an item, by its key in the case format. */
  private static Reason.Builder item(ReasonKind kind, Lano2019Item item) {
    return Reason.builder(kind).with(Fact.ITEM, item.key());
  }
}
