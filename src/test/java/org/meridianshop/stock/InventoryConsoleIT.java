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
}
