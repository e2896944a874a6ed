package org.meridianshop.catalog.api;

import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/** Reads ids and numbers from paths and query strings: a bad one is a 404 or a 400, never a 500. */
final class Ids {

  private Ids() {}

  /** An id in the path; text that is no id names nothing (404). */
  static long inPath(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is nothing with id '" + id + "'.");
    }
  }

  /** An optional id in the query string; blank means none, anything else not a number is 400. */
  static Long optional(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be an id");
    }
  }

  static int number(String field, String text, int otherwise) {
    var value = optional(field, text);
    return value == null ? otherwise : Math.toIntExact(Math.min(value, Integer.MAX_VALUE));
  }
}
