package org.meridianshop.platform.errors;

/** The request clashes with what already exists, such as a second account for one email (409). */
public class ConflictException extends ShopException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
