/**
 * Inventory: warehouses, stock of each product variant in each warehouse, the audit trail of every
 * change, reservations held for checkouts and the events that tell the rest of the shop about stock
 * ({@code inventory.updated}, {@code inventory.released}, {@code inventory.low-stock}). It learns
 * of products only through the catalog's {@code StockKeepingUnits} and never writes the catalog's
 * tables; the catalog follows {@code inventory.updated}.
 */
package org.meridianshop.inventory;
