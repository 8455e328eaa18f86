package org.rano.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from data values to drawing coordinates, with "nice" ticks (steps of 1, 2, 2.5 or
 * 5 times a power of ten).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Scale {
  private final double d0;
  private final double d1;
  private final double r0;
  private final double r1;

  private Scale(double d0, double d1, double r0, double r1) {
    if (!(d1 > d0)) {
      throw new IllegalStateException("bug: an empty domain " + d0 + " to " + d1);
    }
    this.d0 = d0;
    this.d1 = d1;
    this.r0 = r0;
    this.r1 = r1;
  }

  /** A scale from the domain [d0, d1] to the range [r0, r1] (r1 may be below r0). */
  static Scale of(double d0, double d1, double r0, double r1) {
    return new Scale(d0, d1, r0, r1);
  }

  /** The coordinate of a value. */
  double at(double value) {
    return r0 + (value - d0) / (d1 - d0) * (r1 - r0);
  }

  double min() {
    return d0;
  }

  double max() {
    return d1;
  }

  /** A nice step for about {@code count} intervals over a span. */
  static double step(double span, int count) {
    double raw = span / Math.max(1, count);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] multiples = {1, 2, 2.5, 5, 10};
    for (double m : multiples) {
      if (m * power >= raw - 1e-9) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** The smallest multiple of a nice step at or above a value (at least {@code minimum}). */
  static double niceCeiling(double value, double minimum, int count) {
    double top = Math.max(value, minimum);
    double step = step(top, count);
    return Math.ceil(top / step - 1e-9) * step;
  }

  /** The ticks of the domain: multiples of a nice step from the domain's minimum up. */
  List<Double> ticks(int count) {
    double step = step(d1 - d0, count);
    List<Double> ticks = new ArrayList<>();
    double first = Math.ceil(d0 / step - 1e-9) * step;
    for (int i = 0; ; i++) {
      double t = first + i * step;
      if (t > d1 + 1e-9) {
        break;
      }
      ticks.add(Math.abs(t) < 1e-9 ? 0 : t);
    }
    return ticks;
  }
}
