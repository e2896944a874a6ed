package org.meridianshop.inventory.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.meridianshop.inventory.HistoryEntry;
import org.meridianshop.inventory.InventoryViews;
import org.meridianshop.inventory.InventoryViews.LowStockItem;
import org.meridianshop.inventory.ProductStock;
import org.meridianshop.inventory.RestockRuns;
import org.meridianshop.inventory.RestockRuns.RestockRun;
import org.meridianshop.inventory.Restocking;
import org.meridianshop.inventory.Restocking.RestockProgress;
import org.meridianshop.inventory.Restocking.RestockReport;
import org.meridianshop.inventory.StockAdjustments;
import org.meridianshop.inventory.StockAdjustments.Adjustment;
import org.meridianshop.inventory.StockAdjustments.Transfer;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * Stock for operators: levels, adjustments, transfers, restock files and runs, low stock, history.
 */
@Path("/inventory")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

  @Inject CurrentCaller caller;
  @Inject InventoryViews views;
  @Inject StockAdjustments adjustments;
  @Inject Restocking restocking;
  @Inject RestockRuns runs;

  @GET
  @Path("{productId}")
  public ProductStock stock(@PathParam("productId") long productId) {
    return views.product(productId);
  }

  /** Counts one variant's stock in one warehouse up or down; 422 if it would go below zero. */
  @PUT
  @Path("{productId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProductStock adjust(@PathParam("productId") long productId, Adjustment adjustment) {
    return adjustments.adjust(productId, adjustment, caller.accountId());
  }

  @POST
  @Path("transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProductStock transfer(Transfer transfer) {
    if (transfer == null) {
      throw new InvalidInputException("body", "is required");
    }
    return adjustments.transfer(transfer, caller.accountId());
  }

  /**
   * A CSV file of {@code sku,warehouseCode,quantity} lines: all are checked, then staged for the
   * restock job (within 5 minutes, or at once with {@code POST restock/runs}).
   */
  @POST
  @Path("restock")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public RestockReport restock(String csv) {
    return restocking.stage(csv, caller.accountId());
  }

  /** What became of an uploaded file's lines: waiting, applied, rejected (by line, and why). */
  @GET
  @Path("restock/{restockId}")
  public RestockProgress restockProgress(@PathParam("restockId") String restockId) {
    return restocking.progress(restockId);
  }

  /** Starts the restock job now; 202 with the run, whose state {@code GET runs/{id}} follows. */
  @POST
  @Path("restock/runs")
  public Response startRestockRun() {
    var run = runs.start();
    return Response.accepted(run)
        .location(URI.create("inventory/restock/runs/" + run.executionId()))
        .build();
  }

  @GET
  @Path("restock/runs/{executionId}")
  public RestockRun restockRun(@PathParam("executionId") long executionId) {
    return runs.run(executionId);
  }

  @GET
  @Path("low-stock")
  public List<LowStockItem> lowStock() {
    return views.lowStock();
  }

  /** The product's audit trail, newest first. */
  @GET
  @Path("{productId}/history")
  public List<HistoryEntry> history(
      @PathParam("productId") long productId, @QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > 10_000) {
      throw new InvalidInputException("limit", "must be between 1 and 10000");
    }
    return views.history(productId, limit);
  }
}
