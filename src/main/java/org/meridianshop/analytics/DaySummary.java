package org.meridianshop.analytics;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a day adds to its sales: new accounts, visits, distinct visitors, distinct carts filled,
 * and, for a day loaded while it is recent, how many products were low on stock.
 */
public record DaySummary(
    LocalDate day,
    long newCustomers,
    long visits,
    long visitors,
    long carts,
    Optional<Integer> lowStockProducts) {}
