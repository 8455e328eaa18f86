package org.rano.report;

import java.util.Objects;
import org.rano.Response;

/**
 * How the report shows a response: its colour from the Okabe-Ito palette (Okabe and Ito, "Color
 * Universal Design", 2008), which readers with any common colour-vision deficiency can tell apart,
 * and its code, written on every marker so that no response is told by colour alone.
 *
 * <p>CR bluish green {@code #009E73}, PR blue {@code #0072B2}, SD orange {@code #E69F00},
 * NON-CR/NON-PD reddish purple {@code #CC79A7} (only in response sequences from other criteria), PD
 * vermillion {@code #D55E00}, NE grey {@code #999999}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ResponseStyle {
  private ResponseStyle() {}

  /**
   * Obtains the colour of a response.
   *
   * @param response the response, not null
   * @return the colour as {@code #RRGGBB}, not null
   */
  public static String colour(Response response) {
    return switch (Objects.requireNonNull(response, "response")) {
      case CR -> "#009E73";
      case PR -> "#0072B2";
      case SD -> "#E69F00";
      case NON_CR_NON_PD -> "#CC79A7";
      case PD -> "#D55E00";
      case NE -> "#999999";
    };
  }

  /**
   * Obtains the colour of text written on a marker of the response's colour: white on the dark
   * colours, black on the light ones (contrast of at least 3:1 for the bold marker letters).
   *
   * @param response the response, not null
   * @return the colour as {@code #RRGGBB}, not null
   */
  public static String textColour(Response response) {
    return switch (Objects.requireNonNull(response, "response")) {
      case CR, PR, PD -> "#FFFFFF";
      case SD, NON_CR_NON_PD, NE -> "#000000";
    };
  }

  /**
   * Obtains the code written on a marker, e.g. {@code PR}: the response's {@link Response#code()},
   * except {@code NN} for NON-CR/NON-PD, whose code does not fit on a marker (its titles give it in
   * full).
   *
   * @param response the response, not null
   * @return the code, two letters, not null
   */
  public static String code(Response response) {
    return Objects.requireNonNull(response, "response") == Response.NON_CR_NON_PD
        ? "NN"
        : response.code();
  }

  /** The CSS class of a response's fill, e.g. {@code r-PR} (by constant name: a CSS name). */
  static String fillClass(Response response) {
    return "r-" + response.name();
  }

  /** The CSS class of a response's stroke, e.g. {@code s-PR}. */
  static String strokeClass(Response response) {
    return "s-" + response.name();
  }

  /** The CSS rules of the responses' fills, strokes and marker letters. */
  static String css() {
    StringBuilder css = new StringBuilder();
    for (Response r : Response.values()) {
      css.append(".r-")
          .append(r.name())
          .append("{fill:")
          .append(colour(r))
          .append("}.s-")
          .append(r.name())
          .append("{stroke:")
          .append(colour(r))
          .append("}.t-")
          .append(r.name())
          .append("{fill:")
          .append(textColour(r))
          .append("}\n");
    }
    return css.toString();
  }
}
