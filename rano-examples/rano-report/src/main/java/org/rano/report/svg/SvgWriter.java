package org.rano.report.svg;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes one SVG document as a string: elements opened and closed in order, attributes given as
 * name and value pairs, text escaped by {@link Xml#escape(String)}, and numbers written by {@link
 * #num(double)}, so that the same drawing always gives the same bytes.
 *
 * <p>The document is an {@code <svg>} element with the SVG namespace, a {@code viewBox} of its
 * size, {@code role="img"} and a {@code <title>} (its accessible name), so it can stand alone as a
 * {@code .svg} file or be written into an HTML page as it is. A typical use:
 *
 * <pre>{@code
 * SvgWriter svg = SvgWriter.create(200, 100, "Two bars");
 * svg.empty("rect", "x", "10", "y", "20", "width", "30", "height", "80", "class", "bar");
 * svg.text(25, 15, "3 < 4", "text-anchor", "middle");
 * String document = svg.finish();
 * }</pre>
 *
 * <p>Attribute names are checked (letters, digits, {@code -}, {@code _}, {@code :} and {@code .},
 * not starting with a digit); attribute values and text are escaped. Nothing is written unescaped.
 *
 * <p>This class is not thread-safe: one writer draws one document.
 */
public final class SvgWriter {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();
  private boolean finished;

  private SvgWriter() {}

  /**
   * Starts a document of a given size in user units (CSS pixels), with its title.
   *
   * @param width the width, greater than 0
   * @param height the height, greater than 0
   * @param title the title, the document's accessible name, not null
   * @param attributes further attributes of the {@code <svg>} element, as name and value pairs,
   *     e.g. {@code "class", "chart"}
   * @return the writer, not null
   * @throws IllegalArgumentException if a size is not greater than 0 or not finite, or an attribute
   *     name is invalid or has no value
   */
  public static SvgWriter create(double width, double height, String title, String... attributes) {
    if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
      throw new IllegalArgumentException(
          "the size of an SVG document must be finite and greater than 0, not "
              + width
              + " x "
              + height);
    }
    Objects.requireNonNull(title, "title");
    SvgWriter svg = new SvgWriter();
    String w = num(width);
    String h = num(height);
    String[] all = new String[attributes.length + 8];
    all[0] = "xmlns";
    all[1] = "http://www.w3.org/2000/svg";
    all[2] = "viewBox";
    all[3] = "0 0 " + w + " " + h;
    all[4] = "width";
    all[5] = w;
    all[6] = "height";
    all[7] = h;
    System.arraycopy(attributes, 0, all, 8, attributes.length);
    svg.start("svg", withRole(all));
    svg.element("title", title);
    return svg;
  }

  private static String[] withRole(String[] attributes) {
    String[] all = new String[attributes.length + 2];
    System.arraycopy(attributes, 0, all, 0, attributes.length);
    all[attributes.length] = "role";
    all[attributes.length + 1] = "img";
    return all;
  }

  /**
   * Writes a number of user units or of a data value: at most two decimals, rounded half up, no
   * trailing zeros, no exponent, {@code -0} written as {@code 0}, the same on every machine and in
   * every locale.
   *
   * @param value the number, finite
   * @return the text, e.g. {@code 12}, {@code -3.5}, {@code 0.25}
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "a number in an SVG document must be finite, not " + value);
    }
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder(12);
    if (hundredths < 0) {
      text.append('-');
      hundredths = -hundredths;
    }
    text.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      text.append('.');
      if (fraction < 10) {
        text.append('0').append(fraction);
      } else {
        text.append(fraction % 10 == 0 ? fraction / 10 : fraction);
      }
    }
    return text.toString();
  }

  /**
   * Opens an element; {@link #end()} closes it.
   *
   * @param name the element name, e.g. {@code g}
   * @param attributes the attributes, as name and value pairs
   * @return this writer, not null
   * @throws IllegalArgumentException if a name is invalid or an attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter start(String name, String... attributes) {
    openTag(name, attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /**
   * Writes an element without content, e.g. {@code <circle cx="1" cy="2" r="3"/>}.
   *
   * @param name the element name
   * @param attributes the attributes, as name and value pairs
   * @return this writer, not null
   * @throws IllegalArgumentException if a name is invalid or an attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter empty(String name, String... attributes) {
    openTag(name, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes an element whose content is text, e.g. {@code <title>PR and CR</title>}.
   *
   * @param name the element name
   * @param text the text, escaped here, not null
   * @param attributes the attributes, as name and value pairs
   * @return this writer, not null
   * @throws IllegalArgumentException if a name is invalid or an attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter element(String name, String text, String... attributes) {
    Objects.requireNonNull(text, "text");
    openTag(name, attributes);
    out.append('>');
    Xml.appendEscaped(text, out);
    out.append("</").append(name).append('>');
    return this;
  }

  /**
   * Writes a {@code <text>} element at a point.
   *
   * @param x the x of the text's anchor
   * @param y the y of the text's baseline
   * @param text the text, escaped here, not null
   * @param attributes further attributes, e.g. {@code "text-anchor", "middle"}
   * @return this writer, not null
   * @throws IllegalArgumentException if a coordinate is not finite, a name is invalid or an
   *     attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter text(double x, double y, String text, String... attributes) {
    String[] all = new String[attributes.length + 4];
    all[0] = "x";
    all[1] = num(x);
    all[2] = "y";
    all[3] = num(y);
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    return element("text", text, all);
  }

  /**
   * Writes a {@code <line>} from one point to another.
   *
   * @param x1 the x of the start
   * @param y1 the y of the start
   * @param x2 the x of the end
   * @param y2 the y of the end
   * @param attributes further attributes, e.g. {@code "class", "axis"}
   * @return this writer, not null
   * @throws IllegalArgumentException if a coordinate is not finite, a name is invalid or an
   *     attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter line(double x1, double y1, double x2, double y2, String... attributes) {
    String[] all = new String[attributes.length + 8];
    all[0] = "x1";
    all[1] = num(x1);
    all[2] = "y1";
    all[3] = num(y1);
    all[4] = "x2";
    all[5] = num(x2);
    all[6] = "y2";
    all[7] = num(y2);
    System.arraycopy(attributes, 0, all, 8, attributes.length);
    return empty("line", all);
  }

  /**
   * Writes a {@code <rect>}.
   *
   * @param x the x of the left edge
   * @param y the y of the top edge
   * @param width the width, 0 or more
   * @param height the height, 0 or more
   * @param attributes further attributes, e.g. {@code "class", "bar"}
   * @return this writer, not null
   * @throws IllegalArgumentException if a number is not finite, a size is negative, a name is
   *     invalid or an attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter rect(double x, double y, double width, double height, String... attributes) {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException(
          "a rect's width and height must be 0 or more, not " + width + " x " + height);
    }
    String[] all = new String[attributes.length + 8];
    all[0] = "x";
    all[1] = num(x);
    all[2] = "y";
    all[3] = num(y);
    all[4] = "width";
    all[5] = num(width);
    all[6] = "height";
    all[7] = num(height);
    System.arraycopy(attributes, 0, all, 8, attributes.length);
    return empty("rect", all);
  }

  /**
   * Writes a {@code <circle>}.
   *
   * @param cx the x of the centre
   * @param cy the y of the centre
   * @param r the radius, 0 or more
   * @param attributes further attributes
   * @return this writer, not null
   * @throws IllegalArgumentException if a number is not finite, the radius is negative, a name is
   *     invalid or an attribute has no value
   * @throws IllegalStateException if the document is finished
   */
  public SvgWriter circle(double cx, double cy, double r, String... attributes) {
    if (r < 0) {
      throw new IllegalArgumentException("a circle's radius must be 0 or more, not " + r);
    }
    String[] all = new String[attributes.length + 6];
    all[0] = "cx";
    all[1] = num(cx);
    all[2] = "cy";
    all[3] = num(cy);
    all[4] = "r";
    all[5] = num(r);
    System.arraycopy(attributes, 0, all, 6, attributes.length);
    return empty("circle", all);
  }

  /**
   * Closes the element opened last.
   *
   * @return this writer, not null
   * @throws IllegalStateException if only the {@code <svg>} element is open (use {@link #finish()})
   *     or the document is finished
   */
  public SvgWriter end() {
    checkOpen();
    if (open.size() == 1) {
      throw new IllegalStateException(
          "no element is open but <svg> itself; finish() closes the document");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /**
   * Closes every open element and obtains the document. The writer cannot be used after this.
   *
   * @return the SVG document, not null
   * @throws IllegalStateException if the document is finished already
   */
  public String finish() {
    checkOpen();
    while (!open.isEmpty()) {
      out.append("</").append(open.pop()).append('>');
    }
    finished = true;
    return out.toString();
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the SVG document is finished");
    }
  }

  private void openTag(String name, String... attributes) {
    checkOpen();
    checkName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "attributes come as name and value pairs; the last one, "
              + attributes[attributes.length - 1]
              + ", has no value");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      checkName(attributes[i]);
      out.append(' ').append(attributes[i]).append("=\"");
      Xml.appendEscaped(Objects.requireNonNull(attributes[i + 1], attributes[i]), out);
      out.append('"');
    }
  }

  private static void checkName(String name) {
    if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException(
          "not an XML name: \""
              + Xml.escape(name)
              + "\"; allowed: letters, digits, '-', '_', ':' and '.', not starting with a digit,"
              + " '-' or '.'");
    }
  }
}
