package org.meridianshop.inventory;

import java.util.ArrayList;
import java.util.List;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * A restock file as operators upload it: CSV lines {@code sku,warehouseCode,quantity}, an optional
 * header line, blank lines ignored. Parsing notes every bad line rather than stopping at the first,
 * so one answer lists all that needs fixing.
 */
public record RestockFile(List<Row> rows, List<FieldError> errors) {

  static final int MOST_PER_LINE = 1_000_000;

  /** One line: the field name of its errors is {@code line N}. */
  public record Row(int line, String sku, String warehouseCode, int quantity) {
    String field() {
      return "line " + line;
    }
  }

  public static RestockFile parse(String csv) {
    var rows = new ArrayList<Row>();
    var errors = new ArrayList<FieldError>();
    var lines = csv == null ? new String[0] : csv.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      var text = lines[i].strip();
      if (text.isEmpty() || (i == 0 && text.toLowerCase().startsWith("sku"))) {
        continue;
      }
      var field = "line " + (i + 1);
      var cells = text.split(",", -1);
      if (cells.length != 3) {
        errors.add(new FieldError(field, "needs three values: sku,warehouseCode,quantity"));
        continue;
      }
      var quantity = quantity(cells[2].strip());
      if (cells[0].isBlank() || cells[1].isBlank()) {
        errors.add(new FieldError(field, "needs a sku and a warehouse code"));
      } else if (quantity < 1) {
        errors.add(
            new FieldError(field, "quantity must be a whole number from 1 to " + MOST_PER_LINE));
      } else {
        rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), quantity));
      }
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError("file", "has no lines to apply"));
    }
    return new RestockFile(List.copyOf(rows), List.copyOf(errors));
  }

  private static int quantity(String text) {
    try {
      var value = Integer.parseInt(text);
      return value <= MOST_PER_LINE ? value : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
