package org.rano.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG writer: escaping, numbers, names and structure. */
class SvgWriterTest {

  @Test
  void escape_markupCharacters() {
    assertThat(Xml.escape("a < b && c > \"d\" 'e'"))
        .isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;");
    assertThat(Xml.escape("plain")).isSameAs(Xml.escape("plain")).isEqualTo("plain");
  }

  @Test
  void escape_controlsLoneSurrogatesAndBidiBecomeTheReplacementCharacter() {
    assertThat(Xml.escape("a\u0000b\u0007c\u007Fd\u0085e"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(Xml.escape("x\uD800y")).isEqualTo("x\uFFFDy");
    assertThat(Xml.escape("x\uDC00")).isEqualTo("x\uFFFD");
    assertThat(Xml.escape("\u202Eevil\u2066")).isEqualTo("\uFFFDevil\uFFFD");
    assertThat(Xml.escape("\uFFFE\uFFFF")).isEqualTo("\uFFFD\uFFFD");
    // tab, line feed and carriage return stay; a surrogate pair (an emoji) stays
    assertThat(Xml.escape("a\tb\nc\rd \uD83D\uDE00")).isEqualTo("a\tb\nc\rd \uD83D\uDE00");
  }

  @Test
  void escape_property_anyTextParsesBackAsItself() {
    qt().withFixedSeed(2026L)
        .withExamples(400)
        .forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40))
        .checkAssert(
            chars -> {
              StringBuilder text = new StringBuilder();
              // one character in three from the awkward ones, the others from the whole BMP
              chars.forEach(
                  c ->
                      text.append(
                          c % 3 == 0 ? AWKWARD.charAt(c / 3 % AWKWARD.length()) : (char) (int) c));
              String escaped = Xml.escape(text.toString());
              String parsed = parse("<t a=\"" + escaped + "\">" + escaped + "</t>");
              // what comes back is the text with each disallowed character replaced
              // (XML reads a line end as \n, and then \t and \n in an attribute as spaces)
              String expected = replaced(text.toString());
              assertThat(parsed)
                  .isEqualTo(
                      expected.replace("\r\n", "\n").replace('\r', '\n')
                          + "|"
                          + expected
                              .replace("\r\n", "\n")
                              .replace('\r', '\n')
                              .replace('\t', ' ')
                              .replace('\n', ' '));
            });
  }

  private static final String AWKWARD =
      "<>&\"'\t\n\r\u0000\u0008\u000B\u001F\u007F\u0085\u009F\u202A\u202E\u2066\u2069"
          + "\uD800\uDBFF\uDC00\uDFFF\uFFFE\uFFFF\uFFFD\u00E9\u4E2D";

  /** The text as the escaper keeps it: disallowed characters replaced by U+FFFD. */
  private static String replaced(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out.append(c);
      } else if (c < 0x20
          || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)
          || Character.isSurrogate(c)
          || c == 0xFFFE
          || c == 0xFFFF) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Parses an element and returns its text, a bar, and its attribute a (as XML normalises it). */
  private static String parse(String xml) {
    try {
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      // line ends in content are normalised to \n by XML: compare after the same normalisation
      return doc.getDocumentElement().getTextContent()
          + "|"
          + doc.getDocumentElement().getAttribute("a");
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + xml, e);
    }
  }

  @Test
  void num_isLocaleFreeWithAtMostTwoDecimals() {
    assertThat(SvgWriter.num(12)).isEqualTo("12");
    assertThat(SvgWriter.num(-3.5)).isEqualTo("-3.5");
    assertThat(SvgWriter.num(0.25)).isEqualTo("0.25");
    assertThat(SvgWriter.num(0.05)).isEqualTo("0.05");
    assertThat(SvgWriter.num(1.0 / 3)).isEqualTo("0.33");
    assertThat(SvgWriter.num(-0.001)).isEqualTo("0");
    assertThat(SvgWriter.num(1e9)).isEqualTo("1000000000");
    assertThatThrownBy(() -> SvgWriter.num(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void document_hasNamespaceViewBoxRoleAndTitle_andEscapesEverything() {
    SvgWriter svg = SvgWriter.create(200, 100, "A & B", "class", "c\"x");
    svg.start("g", "data-case", "<id>");
    svg.text(1, 2, "3 < 4");
    svg.rect(0, 0, 10, 5, "class", "bar");
    svg.end();
    String doc = svg.finish();
    assertThat(doc)
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" width=\"200\""
                + " height=\"100\" class=\"c&quot;x\" role=\"img\"><title>A &amp; B</title>"
                + "<g data-case=\"&lt;id&gt;\"><text x=\"1\" y=\"2\">3 &lt; 4</text>"
                + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"5\" class=\"bar\"/></g></svg>");
    parse(doc.replace("<svg ", "<svg a=\"\" "));
  }

  @Test
  void badNamesAndMisuse_areRejected() {
    SvgWriter svg = SvgWriter.create(10, 10, "t");
    assertThatThrownBy(() -> svg.empty("rect", "on click", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an XML name: \"on click\"");
    assertThatThrownBy(() -> svg.empty("rect", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no value");
    assertThatThrownBy(() -> svg.rect(0, 0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(svg::end).isInstanceOf(IllegalStateException.class);
    svg.finish();
    assertThatThrownBy(svg::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SvgWriter.create(0, 10, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0 x 10.0");
  }
}
