package org.meridianshop.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A push notification's data: strings by name, as FCM takes them and the history keeps them. */
final class PushData {

  private PushData() {}

  static JsonObject json(Map<String, String> data) {
    var json = Json.createObjectBuilder();
    data.forEach(json::add);
    return json.build();
  }

  static Map<String, String> fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      var data = new LinkedHashMap<String, String>();
      reader
          .readObject()
          .forEach(
              (name, value) ->
                  data.put(
                      name,
                      value instanceof JsonString text ? text.getString() : value.toString()));
      return data;
    }
  }
}
