package org.meridianshop.customer.api;

import java.util.ArrayList;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** The bodies the users API accepts, other than whole accounts and addresses. */
public final class Requests {

  private Requests() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send a JSON body.");
    }
    return body;
  }

  /**
   * A 400 naming each field sent blank or not at all: such a request is malformed, not a wrong
   * guess, so it is answered before any password is hashed or any failure counted.
   */
  private static <T> T filledIn(T body, String... namesAndValues) {
    var missing = new ArrayList<FieldError>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      var value = namesAndValues[i + 1];
      if (value == null || value.isBlank()) {
        missing.add(new FieldError(namesAndValues[i], "is required"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    return body;
  }

  public record Login(String email, String password) {
    Login complete() {
      return filledIn(this, "email", email, "password", password);
    }
  }

  public record RefreshTokenBody(String refreshToken) {
    RefreshTokenBody complete() {
      return filledIn(this, "refreshToken", refreshToken);
    }
  }

  public record TokenBody(String token) {}

  public record EmailBody(String email) {}

  public record PasswordResetConfirmation(String token, String newPassword) {}

  public record PasswordChange(String currentPassword, String newPassword) {}
}
