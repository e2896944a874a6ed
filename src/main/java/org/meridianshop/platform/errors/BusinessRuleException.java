package org.meridianshop.platform.errors;

/** The request is well formed but a business rule refuses it, such as 11 of one product (422). */
public class BusinessRuleException extends ShopException {

  public BusinessRuleException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Refused by a business rule";
  }
}
