package org.meridianshop.catalog;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a product's or variant's attributes (name to value, in order) as a JSON object. */
@Converter
public class AttributesConverter implements AttributeConverter<Map<String, String>, String> {

  @Override
  public String convertToDatabaseColumn(Map<String, String> attributes) {
    var json = Json.createObjectBuilder();
    attributes.forEach(json::add);
    return json.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    var attributes = new LinkedHashMap<String, String>();
    if (column == null || column.isBlank()) {
      return attributes;
    }
    try (var reader = Json.createReader(new StringReader(column))) {
      reader
          .readObject()
          .forEach((name, value) -> attributes.put(name, ((JsonString) value).getString()));
    }
    return attributes;
  }
}
