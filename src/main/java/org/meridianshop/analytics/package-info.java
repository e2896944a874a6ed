/**
 * Analytics: records what shoppers do (storefront visits, items put into carts) as it happens, and
 * each night loads a day's orders, payments, accounts and stock into daily figures (the Jakarta
 * Batch job {@code analytics-etl}) that the admin dashboard and {@code /api/admin/analytics} read,
 * cached for five minutes. It reads other capabilities only through their services ({@code
 * PlacedOrders}, {@code Refunds}, {@code Accounts}, {@code InventoryViews}) and its own tables
 * through the analytics data source, which may be a read replica.
 */
package org.meridianshop.analytics;
