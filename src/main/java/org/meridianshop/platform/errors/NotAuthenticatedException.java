package org.meridianshop.platform.errors;

/**
 * The caller could not be identified: wrong credentials, or a token that is unknown, expired or
 * revoked (401). The message never says which, so it tells an attacker nothing.
 */
public class NotAuthenticatedException extends ShopException {

  public NotAuthenticatedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String title() {
    return "Not authenticated";
  }
}
