package org.meridianshop.inventory;

import org.meridianshop.platform.errors.ShopException;

/** A change would take stock below zero or reserve more than there is (422). */
public class InsufficientStockException extends ShopException {

  public InsufficientStockException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Insufficient stock";
  }
}
