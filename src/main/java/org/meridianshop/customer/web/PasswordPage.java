package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.customer.AccountSettings;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;

/**
 * Changes the signed-in customer's password. This browser stays signed in; every other browser and
 * app is signed out, and the page says so.
 */
@Named
@RequestScoped
public class PasswordPage {

  static final String CHANGED =
      "Your password is changed. Every other browser and app signed in to your account was signed out.";

  @Inject AccountSettings settings;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private String currentPassword;
  private final NewPasswordTwice password = new NewPasswordTwice();
  private boolean changed;

  public void change() {
    try {
      settings.changePassword(
          caller.accountId(), caller.sessionId(), currentPassword, password.typed());
      changed = true;
      FormMessages.confirm(faces, CHANGED);
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public boolean isChanged() {
    return changed;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public NewPasswordTwice getPassword() {
    return password;
  }
}
