package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class AttributesConverterTest {

  private final AttributesConverter converter = new AttributesConverter();

  @Test
  void keepsNamesValuesAndOrderThroughTheDatabase() {
    var attributes = new LinkedHashMap<String, String>();
    attributes.put("Screen", "14 \"in\"");
    attributes.put("Weight", "1.2 kg");
    var column = converter.convertToDatabaseColumn(attributes);
    assertThat(converter.convertToEntityAttribute(column)).containsExactlyEntriesOf(attributes);
  }

  @Test
  void anEmptyColumnIsNoAttributes() {
    assertThat(converter.convertToEntityAttribute("")).isEmpty();
    assertThat(converter.convertToEntityAttribute("{}")).isEmpty();
  }
}
