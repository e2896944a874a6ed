package org.meridianshop.platform.demo;

import java.util.List;

/** An attribute whose value is picked per product, e.g. a laptop's weight. */
record AttributeChoice(String name, List<String> values) {

  static AttributeChoice of(String name, String... values) {
    return new AttributeChoice(name, List.of(values));
  }
}
