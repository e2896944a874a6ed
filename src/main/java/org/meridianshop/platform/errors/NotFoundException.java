package org.meridianshop.platform.errors;

/** The thing asked for does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends ShopException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
