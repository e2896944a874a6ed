package org.meridianshop.platform.errors;

/** The caller is known but may not do this, such as reviewing a product never received (403). */
public class ForbiddenException extends ShopException {

  public ForbiddenException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
