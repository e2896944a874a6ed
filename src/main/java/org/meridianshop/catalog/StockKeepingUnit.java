package org.meridianshop.catalog;

/**
 * What other capabilities may know of a product variant: its SKU, its product and the product's
 * low-stock threshold. Inventory keeps stock per variant and asks the catalog for these.
 */
public record StockKeepingUnit(
    long variantId, String sku, long productId, String productName, int lowStockThreshold) {}
