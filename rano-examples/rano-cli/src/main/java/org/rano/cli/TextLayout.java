package org.rano.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of {@code --text}: every line at most {@value #WIDTH} columns. Text is made safe for a
 * terminal ({@link Echo#forTerminal}) before it is measured, so escapes count; a column is a code
 * point (a wide East Asian character counts as one). Text is broken at spaces, and a word longer
 * than the line (an id, say) is cut into pieces, never in the middle of an escape.
 *
 * <p>This class is stateless and thread-safe.
 */
final class TextLayout {

  /** The most columns of a line. */
  static final int WIDTH = 100;

  /** The least room kept for the last column of a table beside the others. */
  private static final int MIN_LAST_COLUMN = 14;

  /** The indent of a table's last column when it does not fit beside the others. */
  private static final int LAST_COLUMN_BELOW = 12;

  private TextLayout() {}

  /**
   * Writes a label and its text, broken into lines of at most {@value #WIDTH} columns, the lines
   * after the first indented by {@code indent} spaces.
   *
   * @param label the start of the first line, e.g. {@code Note: }, not null
   * @param text the text after it, not null
   * @param indent the indent of the following lines, less than {@value #WIDTH} - 20
   * @return the lines, each ending with a line break, not null
   */
  static String paragraph(String label, String text, int indent) {
    String start = safe(label);
    return String.join("\n", wrap(start + safe(text), indent, start.length())) + "\n";
  }

  /**
   * Writes a table: columns left-aligned, the second right-aligned, the last not padded and broken
   * at spaces into lines starting under it; when the other columns leave less than 14 columns, the
   * last goes on the lines below each row, indented.
   *
   * @param rows the rows, the first the header, each with the same number of cells, not null
   * @return the lines, each ending with a line break, not null
   */
  static String table(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    List<List<String>> cells = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> safeRow = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String cell = safe(row.get(c));
        safeRow.add(cell);
        widths[c] = Math.max(widths[c], columns(cell));
      }
      cells.add(safeRow);
    }
    int lastStart = 0;
    for (int c = 0; c < columns - 1; c++) {
      lastStart += widths[c] + 2;
    }
    boolean beside = lastStart <= WIDTH - MIN_LAST_COLUMN;
    StringBuilder text = new StringBuilder();
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns - 1; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - columns(cell));
        line.append(c == 1 ? pad + cell : cell + pad).append("  ");
      }
      String last = row.get(columns - 1);
      if (beside) {
        List<String> pieces = wrap(" ".repeat(lastStart) + last, lastStart, lastStart);
        pieces.set(0, line + pieces.get(0).substring(lastStart));
        for (String piece : pieces) {
          text.append(piece.stripTrailing()).append('\n');
        }
      } else {
        text.append(line.toString().stripTrailing()).append('\n');
        if (!last.isEmpty()) {
          String indent = " ".repeat(LAST_COLUMN_BELOW);
          text.append(String.join("\n", wrap(indent + last, LAST_COLUMN_BELOW, LAST_COLUMN_BELOW)))
              .append('\n');
        }
      }
    }
    return text.toString();
  }

  /** The text made safe for a terminal, on one line. */
  private static String safe(String text) {
    return Echo.forTerminal(text, false);
  }

  /**
   * The columns of a text: its code points.
   *
   * @param text the text, not null
   * @return its columns
   */
  static int columns(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Breaks a line at spaces into lines of at most {@value #WIDTH} columns, the following ones
   * indented; a word too long for a line is cut. The first {@code keep} characters (a label) are
   * never broken from the word after them.
   */
  private static List<String> wrap(String line, int indent, int keep) {
    List<String> lines = new ArrayList<>();
    String rest = line;
    String prefix = "";
    while (columns(prefix) + columns(rest) > WIDTH) {
      int room = WIDTH - columns(prefix);
      int limit = rest.offsetByCodePoints(0, room); // the first char that does not fit
      int cut = rest.lastIndexOf(' ', limit);
      int next;
      if (cut > (lines.isEmpty() ? keep : 0)) {
        next = cut + 1;
      } else {
        cut = escapeSafe(rest, limit);
        next = cut;
      }
      lines.add(prefix + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(next);
      prefix = " ".repeat(indent);
    }
    lines.add(prefix + rest);
    return lines;
  }

  /** Moves a cut back before a {@code \}{@code uXXXX} escape it would split. */
  private static int escapeSafe(String text, int cut) {
    for (int i = Math.max(0, cut - 5); i < cut; i++) {
      if (text.startsWith("\\u", i) && i + 6 > cut && i > 0) {
        return i;
      }
    }
    return cut;
  }
}
