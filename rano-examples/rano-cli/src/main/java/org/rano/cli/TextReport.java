package org.rano.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.ImagingProfile;
import org.rano.Reason;
import org.rano.RuleId;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.imaging.ImagingFinding;

/**
 * Writes an {@link Outcome} as a readable table: one line per time point (date, days from baseline,
 * neuro, CSF, imaging with its composite and change, overall, confirmed, the rules that decided
 * it), then the best overall responses, the progression date, warnings and notes. Under the revised
 * 2019 scorecard ({@code imaging = LANO_2019}) there is no composite: the column is headed {@code
 * imaging (2019)} and shows the radiological response alone.
 *
 * <p>This class is stateless and thread-safe.
 */
final class TextReport {

  /** Under a table with the composite: what its imaging cell says. */
  static final String LEGEND =
      "imaging: response, composite/baseline composite (change), e.g. PR 3/6 (-50.0%);"
          + " ? = a target NE\n";

  private TextReport() {}

  /**
   * Writes one outcome.
   *
   * @param outcome the outcome, not null
   * @return the report, each line ending with a line break, not null
   */
  static String write(Outcome outcome) {
    if (outcome instanceof Outcome.Rejected rejected) {
      return TextLayout.paragraph(
          "Case ",
          (rejected.caseId() == null ? "(no id)" : rejected.caseId())
              + ": REJECTED: "
              + (rejected.path().isEmpty() ? "" : rejected.path() + ": ")
              + rejected.message(),
          4);
    }
    CaseAssessment result = ((Outcome.Scored) outcome).assessment();
    StringBuilder text = new StringBuilder();
    text.append(
        TextLayout.paragraph(
            "Case ",
            result.id().orElse("(no id)")
                + "  [criteria: "
                + criteriaSummary(result.criteria())
                + "]",
            4));
    boolean raw = result.timePoints().stream().anyMatch(p -> p.assessment().isPresent());
    boolean lano = result.criteria().imaging() == ImagingProfile.LANO_2019;
    List<List<String>> rows = new ArrayList<>();
    if (raw) {
      rows.add(
          List.of(
              "date",
              "days",
              "neuro",
              "CSF",
              lano ? "imaging (2019)" : "imaging",
              "overall",
              "confirmed",
              "rules"));
    } else {
      rows.add(List.of("date", "days", "overall", "confirmed", "after PD"));
    }
    for (TimePoint point : result.timePoints()) {
      rows.add(raw ? rawRow(point, lano) : sequenceRow(point));
    }
    if (result.timePoints().isEmpty()) {
      text.append("(no follow-up)\n");
    } else {
      text.append(TextLayout.table(rows));
      if (raw && !lano) {
        text.append(LEGEND);
      }
    }
    text.append(
        TextLayout.paragraph(
            "Best overall response:           ", best(result.bestOverallResponse()), 33));
    text.append(
        TextLayout.paragraph(
            "Confirmed best overall response: ", best(result.confirmedBestOverallResponse()), 33));
    text.append(
        TextLayout.paragraph(
            "Progression:                     ",
            result
                .progression()
                .map(p -> p.date() + " (day " + p.daysFromBaseline() + ")")
                .orElse("none"),
            33));
    for (Reason warning : result.warnings()) {
      text.append(TextLayout.paragraph("Warning: ", warning.text(), 9));
    }
    for (Reason note : result.notes()) {
      text.append(TextLayout.paragraph("Note: ", note.text(), 6));
    }
    return text.toString();
  }

  private static List<String> rawRow(TimePoint point, boolean lano) {
    VisitAssessment visit = point.assessment().orElseThrow();
    List<String> rules = new ArrayList<>();
    for (RuleId rule : visit.rules()) {
      rules.add(rule.id());
    }
    return List.of(
        point.date().toString(),
        String.valueOf(point.daysFromBaseline()),
        visit.neuro().status().name(),
        visit.csf().status().name(),
        lano ? lanoImaging(visit.imaging()) : imaging(visit.imaging()),
        point.overall().code() + (point.afterProgression() ? " (after PD)" : ""),
        point.confirmed() ? "yes" : "no",
        String.join(" ", rules));
  }

  private static List<String> sequenceRow(TimePoint point) {
    return List.of(
        point.date().toString(),
        String.valueOf(point.daysFromBaseline()),
        point.overall().code(),
        point.confirmed() ? "yes" : "no",
        point.afterProgression() ? "yes" : "no");
  }

  /** E.g. {@code PR 2/4 (-50.0%)}, {@code NE ?/4 (2 evaluable)}, {@code NE (not done)}. */
  private static String imaging(ImagingFinding finding) {
    StringBuilder text = new StringBuilder(finding.status().name());
    if (!finding.done()) {
      return text.append(" (not done)").toString();
    }
    OptionalInt composite = finding.compositeScore();
    text.append(' ').append(composite.isPresent() ? String.valueOf(composite.getAsInt()) : "?");
    finding.baselineCompositeScore().ifPresent(b -> text.append('/').append(b));
    if (composite.isEmpty()) {
      finding
          .evaluableCompositeScore()
          .ifPresent(e -> text.append(" (").append(e).append(" evaluable)"));
    }
    Optional<BigDecimal> change = finding.compositeChangePercent();
    change.ifPresent(
        c ->
            text.append(" (")
                .append(c.signum() > 0 ? "+" : "")
                .append(c.toPlainString())
                .append("%)"));
    return text.toString();
  }

  /** The 2019 scorecard has no composite: e.g. {@code PR}, {@code NE (not done)}. */
  private static String lanoImaging(ImagingFinding finding) {
    return finding.status().name() + (finding.done() ? "" : " (not done)");
  }

  /**
   * The response and its date, then its reasons, e.g. {@code PR on 2026-03-30 - PR confirmed by a
   * later visit (TIME-2); best of all time points (TIME-4)}.
   */
  private static String best(BestResponse best) {
    return best.response()
        + best.date().map(d -> " on " + d).orElse("")
        + " - "
        + String.join("; ", Reason.texts(best.reasons()));
  }

  /** The policies that differ from the defaults, e.g. {@code confirmationDays=14}. */
  private static String criteriaSummary(Criteria criteria) {
    Map<String, Object> defaults = Criteria.defaults().policies();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Object> policy : criteria.policies().entrySet()) {
      if (!policy.getValue().equals(defaults.get(policy.getKey()))) {
        changed.add(policy.getKey() + "=" + policy.getValue());
      }
    }
    return changed.isEmpty() ? "defaults" : String.join(", ", changed);
  }
}
