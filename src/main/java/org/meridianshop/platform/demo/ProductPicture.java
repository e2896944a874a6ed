package org.meridianshop.platform.demo;

import java.util.Locale;

/**
 * Draws a product picture as a self-contained SVG document: a rounded card in the brand's colours,
 * the department's pictogram and the product's short name. There are three views of each product,
 * drawn a little differently so a gallery does not show the same picture three times.
 */
final class ProductPicture {

  static final int VIEWS = 3;

  private static final String[] VIEW_NAMES = {"front view", "side view", "detail view"};

  private ProductPicture() {}

  static String viewName(int view) {
    return VIEW_NAMES[view];
  }

  /**
   * @param hue the colour of the card, 0 to 359 degrees
   * @param view which of the {@link #VIEWS} views to draw
   */
  static String svg(Pictogram pictogram, int hue, String title, String caption, int view) {
    var light = hsl(hue, 0.55, 0.50 + 0.04 * view);
    var dark = hsl(hue + 24, 0.60, 0.30);
    double scale = 1.0 + 0.12 * view;
    return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" \
        role="img">
        <title>%1$s</title>
        <defs><linearGradient id="card" x1="%2$s" y1="0" x2="%3$s" y2="1">\
        <stop offset="0" stop-color="%4$s"/><stop offset="1" stop-color="%5$s"/>\
        </linearGradient></defs>
        <style>.glass{fill:#ffffff;fill-opacity:0.18}.solid{fill:#ffffff}</style>
        <rect width="600" height="600" rx="48" fill="url(#card)"/>
        <g fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" \
        stroke-linejoin="round" transform="translate(300 250) scale(%6$s) translate(-300 -250)">
        %7$s</g>
        <text x="300" y="478" text-anchor="middle" fill="#ffffff" \
        font-family="Helvetica, Arial, sans-serif" font-weight="700" font-size="%8$d">%1$s</text>
        <text x="300" y="532" text-anchor="middle" fill="#ffffff" fill-opacity="0.8" \
        font-family="Helvetica, Arial, sans-serif" font-size="24" letter-spacing="4">%9$s</text>
        </svg>
        """
        .formatted(
            escaped(title),
            view == 1 ? "1" : "0",
            view == 1 ? "0" : "1",
            light,
            dark,
            String.format(Locale.ROOT, "%.2f", scale),
            pictogram.elements(),
            titleSize(title),
            escaped(caption.toUpperCase(Locale.ROOT)));
  }

  /** As large as fits across the card, for a bold face about 0.6 em wide per letter. */
  private static int titleSize(String title) {
    return Math.max(24, Math.min(60, (int) (520 / (0.6 * Math.max(title.length(), 1)))));
  }

  /** Text made safe for element content and attribute values; XML forbids most control codes. */
  static String escaped(String text) {
    var escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                  if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }

  /** An sRGB hex colour from hue (degrees), saturation and lightness (0 to 1). */
  static String hsl(int hue, double saturation, double lightness) {
    double h = Math.floorMod(hue, 360) / 60.0;
    double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double x = chroma * (1 - Math.abs(h % 2 - 1));
    double m = lightness - chroma / 2;
    double[] rgb =
        switch ((int) h) {
          case 0 -> new double[] {chroma, x, 0};
          case 1 -> new double[] {x, chroma, 0};
          case 2 -> new double[] {0, chroma, x};
          case 3 -> new double[] {0, x, chroma};
          case 4 -> new double[] {x, 0, chroma};
          default -> new double[] {chroma, 0, x};
        };
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round((rgb[0] + m) * 255),
        Math.round((rgb[1] + m) * 255),
        Math.round((rgb[2] + m) * 255));
  }
}
