package org.meridianshop.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart drawn on the server as SVG coordinates: one bar per value, and the line through their
 * tops, scaled to a {@value #WIDTH}×{@value #HEIGHT} view box with the largest value at the top.
 * The page writes the {@code <rect>} and {@code <polyline>} elements; no script is needed.
 */
public record SvgChart(String title, List<Bar> bars, String linePoints, String maximum) {

  public static final int WIDTH = 600;
  public static final int HEIGHT = 200;
  private static final int GAP = 2;

  /** One value: its bar's box, its label and the value as shown. */
  public record Bar(int x, int y, int width, int height, String label, String value) {}

  /** A label and its value. */
  public record Point(String label, BigDecimal value) {}

  public static SvgChart of(String title, List<Point> points) {
    var top =
        points.stream()
            .map(Point::value)
            .reduce(BigDecimal.ZERO, BigDecimal::max)
            .max(BigDecimal.ONE);
    var slot = points.isEmpty() ? WIDTH : WIDTH / points.size();
    var bars = new ArrayList<Bar>();
    for (int i = 0; i < points.size(); i++) {
      var point = points.get(i);
      var height =
          point
              .value()
              .max(BigDecimal.ZERO)
              .multiply(BigDecimal.valueOf(HEIGHT))
              .divide(top, 0, RoundingMode.HALF_UP)
              .intValue();
      bars.add(
          new Bar(
              i * slot + GAP / 2,
              HEIGHT - height,
              Math.max(1, slot - GAP),
              height,
              point.label(),
              point.value().toPlainString()));
    }
    var line =
        bars.stream()
            .map(bar -> (bar.x() + bar.width() / 2) + "," + bar.y())
            .collect(Collectors.joining(" "));
    return new SvgChart(title, bars, line, top.toPlainString());
  }
}
