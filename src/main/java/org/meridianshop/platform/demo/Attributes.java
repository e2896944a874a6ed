package org.meridianshop.platform.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attribute lists written as {@code "Name: value"} pairs, which keeps the data classes readable.
 * Maps are always {@link LinkedHashMap}s: their order ends up in the JSON, and the JSON must come
 * out the same on every run.
 */
final class Attributes {

  private Attributes() {}

  static Map<String, String> parse(String... pairs) {
    var attributes = new LinkedHashMap<String, String>();
    for (var pair : pairs) {
      int colon = pair.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("Not a 'Name: value' pair: " + pair);
      }
      attributes.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
    }
    return attributes;
  }

  /** The attributes as a JSON object, in their order; the values are plain text. */
  static String json(Map<String, String> attributes) {
    var json = new StringBuilder("{");
    attributes.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(quoted(name)).append(':').append(quoted(value));
        });
    return json.append('}').toString();
  }

  private static String quoted(String text) {
    var quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
