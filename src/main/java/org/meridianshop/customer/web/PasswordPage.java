package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.meridianshop.customer.AccountSettings;
import org.meridianshop.platform.errors.InvalidInputException;
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
  private String newPassword;
  private String repeatedPassword;
  private boolean changed;

  public void change() {
    if (!Objects.equals(newPassword, repeatedPassword)) {
      FormMessages.show(
          faces, new InvalidInputException("repeatedPassword", "The two new passwords differ."));
      return;
    }
    try {
      settings.changePassword(caller.accountId(), caller.sessionId(), currentPassword, newPassword);
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
}
