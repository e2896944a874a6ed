package org.meridianshop.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * The console's inventory page: an administrator sees levels, adjusts with a reason, is refused.
 */
@ExtendWith(RunningShop.class)
class InventoryConsoleIT {

  @Test
  void anAdministratorAdjustsStockOnTheConsolePage() {
    long productId = 73;
    var stock = InventoryApi.stock(productId);
    var variantId = stock.getString("variants[0].variantId");
    var warehouseId = stock.getString("warehouses[0].warehouseId");
    var page = new PageClient();
    assertThat(page.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    var path = "admin/inventory.xhtml?product=" + productId;
    assertThat(page.get(path).body()).contains(stock.getString("variants[0].sku"));

    var fields =
        Map.of(
            "product",
            Long.toString(productId),
            "variantId",
            variantId,
            "warehouseId",
            warehouseId,
            "toWarehouseId",
            warehouseId,
            "quantity",
            "4",
            "reason",
            "found in the back");
    var adjusted = page.submit(path, "stock-form", "adjust", fields);
    assertThat(adjusted.body()).contains("Stock adjusted.").contains("found in the back");
    assertThat(InventoryApi.stock(productId).getInt("available"))
        .isEqualTo(stock.getInt("available") + 4);

    var refused =
        page.submit(
            path,
            "stock-form",
            "adjust",
            Map.of(
                "product",
                Long.toString(productId),
                "variantId",
                variantId,
                "warehouseId",
                warehouseId,
                "toWarehouseId",
                warehouseId,
                "quantity",
                "-1000000",
                "reason",
                "lost"));
    assertThat(refused.body()).contains("cannot take away");
  }

  @Test
  void anAdministratorAppliesWaitingRestockFromTheConsole() {
    long productId = 74;
    var stock = InventoryApi.stock(productId);
    InventoryApi.admin()
        .contentType("text/csv")
        .body(
            stock.getString("variants[0].sku")
                + ","
                + stock.getString("warehouses[0].warehouseCode")
                + ",6\n")
        .post("restock")
        .then()
        .statusCode(200);
    var page = signedInAdmin();
    assertThat(page.get("admin/inventory.xhtml").body()).contains("uploaded restock lines waiting");

    var started = page.submit("admin/inventory.xhtml", "restock-form", "apply-restock", Map.of());
    assertThat(started.body()).contains("Restock run ");
    var restocked =
        InventoryApi.await(
            () -> InventoryApi.stock(productId).getInt("onHand"),
            onHand -> onHand == stock.getInt("onHand") + 6,
            java.time.Duration.ofSeconds(30));
    assertThat(restocked).isEqualTo(stock.getInt("onHand") + 6);
  }

  @Test
  void anAdministratorCreatesAndEditsAWarehouseWithErrorsNextToTheFields() {
    var page = signedInAdmin();
    var refused =
        page.submit(
            "admin/warehouses.xhtml",
            "warehouse-form",
            "save",
            Map.of("code", "x", "name", "Console hub", "city", "Leiden", "country", "Holland"));
    assertThat(refused.body())
        .containsPattern("id=\"code-error\"[^>]*>[^<]*2 to 16 letters")
        .containsPattern("id=\"country-error\"[^>]*>[^<]*two-letter country code");

    var code = Warehouses.freshCode();
    var saved =
        page.submit(
            "admin/warehouses.xhtml",
            "warehouse-form",
            "save",
            Map.of(
                "code",
                code,
                "name",
                "Console hub",
                "city",
                "Leiden",
                "country",
                "NL",
                "active",
                "true"));
    assertThat(saved.body()).contains("Warehouse " + code + " saved.");
    var made =
        InventoryApi.admin()
            .get("warehouses")
            .jsonPath()
            .getList("findAll { it.code == '" + code + "' }.id", Long.class);
    assertThat(made).hasSize(1);

    var edited =
        page.submit(
            "admin/warehouses.xhtml?warehouse=" + made.get(0),
            "warehouse-form",
            "save",
            Map.of(
                "warehouse",
                made.get(0).toString(),
                "code",
                code,
                "name",
                "Console hub (closed)",
                "city",
                "Leiden",
                "country",
                "NL"));
    assertThat(edited.body()).contains("Warehouse " + code + " saved.");
    InventoryApi.admin()
        .get("warehouses/{id}", made.get(0))
        .then()
        .body("name", org.hamcrest.Matchers.equalTo("Console hub (closed)"))
        .body("active", org.hamcrest.Matchers.equalTo(false));
  }

  private static PageClient signedInAdmin() {
    var page = new PageClient();
    assertThat(page.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    return page;
  }
}
