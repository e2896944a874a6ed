package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.customer.PasswordResets;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/** The page a password reset link opens: a new password, typed twice, replaces the old one. */
@Named
@RequestScoped
public class PasswordResetPage {

  @Inject PasswordResets resets;
  @Inject FacesContext faces;

  private String token;
  private final NewPasswordTwice password = new NewPasswordTwice();
  private boolean reset;

  public void reset() {
    try {
      resets.confirm(token, password.typed());
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

  public NewPasswordTwice getPassword() {
    return password;
  }

  public boolean isReset() {
    return reset;
  }
}
