package org.meridianshop.customer.api;

import org.meridianshop.platform.errors.InvalidInputException;

/** The bodies the users API accepts, other than whole accounts and addresses. */
public final class Requests {

  private Requests() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "Send a JSON body.");
    }
    return body;
  }

  public record Login(String email, String password) {}

  public record RefreshTokenBody(String refreshToken) {}

  public record TokenBody(String token) {}

  public record EmailBody(String email) {}

  public record PasswordResetConfirmation(String token, String newPassword) {}

  public record PasswordChange(String currentPassword, String newPassword) {}
}
