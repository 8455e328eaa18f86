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

  private TextReport() {}

  /**
   * Writes one outcome.
   *
   * @param outcome the outcome, not null
   * @return the report, each line ending with a line break, not null
   */
  static String write(Outcome outcome) {
    if (outcome instanceof Outcome.Rejected rejected) {
      return "Case "
          + (rejected.caseId() == null ? "(no id)" : rejected.caseId())
          + ": REJECTED: "
          + (rejected.path().isEmpty() ? "" : rejected.path() + ": ")
          + rejected.message()
          + "\n";
    }
    CaseAssessment result = ((Outcome.Scored) outcome).assessment();
    StringBuilder text = new StringBuilder();
    text.append("Case ")
        .append(result.id().orElse("(no id)"))
        .append("  [criteria: ")
        .append(criteriaSummary(result.criteria()))
        .append("]\n");
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
      text.append(table(rows));
    }
    text.append("Best overall response:           ")
        .append(best(result.bestOverallResponse()))
        .append('\n');
    text.append("Confirmed best overall response: ")
        .append(best(result.confirmedBestOverallResponse()))
        .append('\n');
    text.append("Progression:                     ")
        .append(
            result
                .progression()
                .map(p -> p.date() + " (day " + p.daysFromBaseline() + ")")
                .orElse("none"))
        .append('\n');
    for (Reason warning : result.warnings()) {
      text.append("Warning: ").append(warning.text()).append('\n');
    }
    for (Reason note : result.notes()) {
      text.append("Note: ").append(note.text()).append('\n');
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
        point.overall().name() + (point.afterProgression() ? " (after PD)" : ""),
        point.confirmed() ? "yes" : "no",
        String.join(" ", rules));
  }

  private static List<String> sequenceRow(TimePoint point) {
    return List.of(
        point.date().toString(),
        String.valueOf(point.daysFromBaseline()),
        point.overall().name(),
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

  /** Left-aligned columns, the second (days) right-aligned, the last not padded. */
  private static String table(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        if (c > 0) {
          line.append("  ");
        }
        if (c == columns - 1) {
          line.append(cell);
        } else if (c == 1) {
          line.append(" ".repeat(widths[c] - cell.length())).append(cell);
        } else {
          line.append(cell).append(" ".repeat(widths[c] - cell.length()));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
