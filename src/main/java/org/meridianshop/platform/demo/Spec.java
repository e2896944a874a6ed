package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One kind of product within an aisle, such as a 14-inch OLED laptop: the words that end its name
 * and the attributes that go with them. Where an aisle holds different kinds of things (cables and
 * chargers, pans and woks) a spec also has its own price range and its own opening lines and
 * features, so a cable is never described as a charger.
 */
record Spec(
    String label,
    Map<String, String> attributes,
    BigDecimal lowestPrice,
    BigDecimal highestPrice,
    List<String> leads,
    List<String> features) {

  static Spec of(String label, String... attributes) {
    return new Spec(label, Attributes.parse(attributes), null, null, List.of(), List.of());
  }

  Spec costs(String lowest, String highest) {
    return new Spec(
        label, attributes, new BigDecimal(lowest), new BigDecimal(highest), leads, features);
  }

  /** An opening line (the part after "The Aria 300 ") and features only this kind has. */
  Spec says(String lead, String... features) {
    return new Spec(label, attributes, lowestPrice, highestPrice, List.of(lead), List.of(features));
  }

  boolean hasOwnPrices() {
    return lowestPrice != null;
  }
}
