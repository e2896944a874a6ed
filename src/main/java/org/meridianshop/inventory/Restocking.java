package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * Applies a restock file: every line is checked first (unknown SKUs and warehouses included) and a
 * file with any bad line is refused whole, listing them all; then the lines are applied in batches
 * of {@value #BATCH_SIZE}, one transaction each, so a large file never holds locks on half the
 * inventory at once. Each line is a RESTOCK entry referring to the file's id.
 */
@ApplicationScoped
public class Restocking {

  static final int BATCH_SIZE = 200;

  @Inject RestockBatches batches;

  /** What a restock did. */
  public record RestockReport(String restockId, int lines, int units, int batches) {}

  public RestockReport restock(String csv, String actor) {
    var file = RestockFile.parse(csv);
    var errors = new ArrayList<FieldError>(file.errors());
    var resolved = batches.resolve(file.rows(), errors);
    if (!errors.isEmpty()) {
      errors.sort(
          java.util.Comparator.comparingInt(
              e -> e.field().startsWith("line ") ? Integer.parseInt(e.field().substring(5)) : 0));
      throw new InvalidInputException(errors);
    }
    var restockId = "restock-" + UUID.randomUUID();
    int count = 0;
    for (int from = 0; from < resolved.size(); from += BATCH_SIZE) {
      List<RestockBatches.Resolved> batch =
          resolved.subList(from, Math.min(resolved.size(), from + BATCH_SIZE));
      batches.apply(batch, actor, restockId);
      count++;
    }
    var units = resolved.stream().mapToInt(RestockBatches.Resolved::quantity).sum();
    return new RestockReport(restockId, resolved.size(), units, count);
  }
}
