package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.meridianshop.inventory.RestockLine.Status;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * Restock files: every line is checked first (unknown SKUs and warehouses included) and a file with
 * any bad line is refused whole, listing them all; a good file's lines are staged, and the restock
 * job ({@link RestockRuns}) applies them in chunks, every 5 minutes or when an operator asks. A
 * line that has gone bad by then (its warehouse taken out of use, say) is rejected alone, by its
 * line number, and the others are still applied.
 */
@ApplicationScoped
public class Restocking {

  @Inject RestockBatches batches;

  /** What an upload staged. */
  public record RestockReport(String restockId, int lines, int units) {}

  /** What became of an upload's lines so far, with the rejected ones and why. */
  public record RestockProgress(
      String restockId,
      String uploadedBy,
      Instant uploadedAt,
      int lines,
      int waiting,
      int applied,
      int rejected,
      List<Rejection> rejections) {}

  /** A line the job would not apply. */
  public record Rejection(
      int line, String sku, String warehouseCode, int quantity, String problem) {}

  public RestockReport stage(String csv, String actor) {
    var file = RestockFile.parse(csv);
    var errors = new ArrayList<FieldError>(file.errors());
    batches.check(file.rows(), errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(Restocking::lineNumber));
      throw new InvalidInputException(errors);
    }
    var restockId = "restock-" + UUID.randomUUID();
    batches.stage(file.rows(), actor, restockId);
    var units = file.rows().stream().mapToInt(RestockFile.Row::quantity).sum();
    return new RestockReport(restockId, file.rows().size(), units);
  }

  public RestockProgress progress(String restockId) {
    var lines = batches.linesOf(restockId);
    if (lines.isEmpty()) {
      throw new NotFoundException("There is no restock '" + restockId + "'.");
    }
    var first = lines.get(0);
    var rejections =
        lines.stream()
            .filter(l -> l.status() == Status.REJECTED)
            .map(
                l ->
                    new Rejection(
                        l.lineNumber(), l.sku(), l.warehouseCode(), l.quantity(), l.problem()))
            .toList();
    return new RestockProgress(
        restockId,
        first.uploadedBy(),
        first.uploadedAt(),
        lines.size(),
        count(lines, Status.WAITING),
        count(lines, Status.APPLIED),
        rejections.size(),
        rejections);
  }

  private static int count(List<RestockLine> lines, Status status) {
    return (int) lines.stream().filter(l -> l.status() == status).count();
  }

  private static int lineNumber(FieldError error) {
    return error.field().startsWith("line ") ? Integer.parseInt(error.field().substring(5)) : 0;
  }
}
