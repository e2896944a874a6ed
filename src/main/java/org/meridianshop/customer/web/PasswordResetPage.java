package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.meridianshop.customer.PasswordResets;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/** The page a password reset link opens: a new password, typed twice, replaces the old one. */
@Named
@RequestScoped
public class PasswordResetPage {

  @Inject PasswordResets resets;
  @Inject FacesContext faces;

  private String token;
  private String newPassword;
  private String repeatedPassword;
  private boolean reset;

  public void reset() {
    if (!Objects.equals(newPassword, repeatedPassword)) {
      FormMessages.show(
          faces, new InvalidInputException("repeatedPassword", "The two passwords differ."));
      return;
    }
    try {
      resets.confirm(token, newPassword);
      reset = true;
      FormMessages.confirm(faces, "Your password is changed. Sign in with the new one.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }

  public boolean isReset() {
    return reset;
  }
}
