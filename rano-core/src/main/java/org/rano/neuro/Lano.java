package org.rano.neuro;

import com.google.common.collect.ImmutableList;

/**
 * The LANO neurological assessment of RANO-LM (spec section 2.1): ten domains, each scored on the
 * worst performing limb, body area or eye. The level texts summarise the published form in the
 * library's words.
 *
 * <p>Four rows were not verified against the published table (hearing, swallowing, level of
 * consciousness, behaviour): their {@link Domain#verified()} is false and their javadoc says so.
 */
public final class Lano {
  private Lano() {}

  /** Gait, 0-3 [LANO-form]. */
  public static final Domain GAIT =
      Domain.of(
          "gait",
          "gait",
          ImmutableList.of(
              "normal",
              "abnormal, walks without help",
              "abnormal, needs help (person, cane, walker)",
              "cannot walk"),
          "LANO-form",
          true);

  /** Strength, 0-3 [LANO-form]. */
  public static final Domain STRENGTH =
      Domain.of(
          "strength",
          "strength",
          ImmutableList.of(
              "normal",
              "moves against resistance but weaker",
              "moves, but not against resistance",
              "no movement"),
          "LANO-form",
          true);

  /** Sensation, 0-2 [LANO-form]. */
  public static final Domain SENSATION =
      Domain.of(
          "sensation",
          "sensation",
          ImmutableList.of(
              "normal", "reduced, still aware of the modality", "unaware of the modality"),
          "LANO-form",
          true);

  /** Vision, 0-3 [LANO-form]. */
  public static final Domain VISION =
      Domain.of(
          "vision",
          "vision",
          ImmutableList.of(
              "normal", "partial loss in one eye", "complete loss in one eye", "loss in both eyes"),
          "LANO-form",
          true);

  /** Eye movements, 0-3 [LANO-form]. */
  public static final Domain EYE_MOVEMENTS =
      Domain.of(
          "eyeMovements",
          "eye movements",
          ImmutableList.of(
              "normal",
              "abnormal in one direction of gaze",
              "abnormal in more than one direction, not all",
              "no movement in any direction"),
          "LANO-form",
          true);

  /** Facial strength, 0-2 [LANO-form; the text of level 2 is partial in the source]. */
  public static final Domain FACIAL_STRENGTH =
      Domain.of(
          "facialStrength",
          "facial strength",
          ImmutableList.of("normal", "mild weakness", "severe weakness"),
          "LANO-form",
          true);

  /** Hearing, 0-2 [C2017]. Not verified against the published table. */
  public static final Domain HEARING =
      Domain.of(
          "hearing",
          "hearing",
          ImmutableList.of("normal", "reduced", "severe loss or deaf"),
          "C2017",
          false);

  /** Swallowing, 0-2 [C2017]. Not verified against the published table. */
  public static final Domain SWALLOWING =
      Domain.of(
          "swallowing",
          "swallowing",
          ImmutableList.of("normal", "impaired", "cannot swallow safely"),
          "C2017",
          false);

  /**
   * Level of consciousness, 0-3 [C2017, NANO wording]. Not verified against the published table.
   */
  public static final Domain LEVEL_OF_CONSCIOUSNESS =
      Domain.of(
          "levelOfConsciousness",
          "level of consciousness",
          ImmutableList.of(
              "normal", "drowsy, easily roused", "somnolent, hard to rouse", "cannot be roused"),
          "C2017 (NANO wording)",
          false);

  /** Behaviour, 0-2 [C2017, NANO wording]. Not verified against the published table. */
  public static final Domain BEHAVIOUR =
      Domain.of(
          "behaviour",
          "behaviour",
          ImmutableList.of("normal", "mild to moderate change", "severe change"),
          "C2017 (NANO wording)",
          false);

  /** The ten LANO domains in the order of the case format. */
  public static final Instrument INSTRUMENT =
      Instrument.of(
          "LANO",
          ImmutableList.of(
              GAIT,
              STRENGTH,
              SENSATION,
              VISION,
              EYE_MOVEMENTS,
              FACIAL_STRENGTH,
              HEARING,
              SWALLOWING,
              LEVEL_OF_CONSCIOUSNESS,
              BEHAVIOUR));
}
