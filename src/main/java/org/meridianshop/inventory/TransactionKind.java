package org.meridianshop.inventory;

/** Why a stock level changed. */
public enum TransactionKind {
  /** An operator counted stock up or down. */
  ADJUSTMENT,
  /** Stock moved between warehouses (one entry leaving, one arriving). */
  TRANSFER,
  /** Units promised to a checkout. */
  RESERVATION,
  /** Promised units taken back: failure, cancellation or expiry. */
  RELEASE,
  /** Promised units sold: they leave the warehouse. */
  SALE,
  /** Goods arrived. */
  RESTOCK,
  /** Sold units came back on hand: the order was cancelled before it shipped. */
  RETURN
}
