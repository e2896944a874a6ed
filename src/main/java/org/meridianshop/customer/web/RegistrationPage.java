package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.customer.NewAccount;
import org.meridianshop.customer.Registration;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/** Opens an account and signs the new customer in, then shows them their account page. */
@Named
@RequestScoped
public class RegistrationPage {

  @Inject Registration registration;
  @Inject BrowserSessions browser;
  @Inject FacesContext faces;

  private String email;
  private String password;
  private String firstName;
  private String lastName;
  private String phone;

  /** Opens the account; the account page next, or this page again with what is wrong. */
  public String register() {
    try {
      var signedIn =
          registration.register(
              new NewAccount(email, password, firstName, lastName, phone), Channel.WEB);
      var external = faces.getExternalContext();
      browser.signIn(signedIn, (HttpServletResponse) external.getResponse());
      FormMessages.confirmAfterRedirect(
          faces,
          "Welcome, "
              + signedIn.account().profile().firstName()
              + "! We sent a link to "
              + signedIn.account().email()
              + " to confirm your email address.");
      // a navigation, not a plain redirect, so that the flash carries the welcome along
      return LocalPath.ACCOUNT + "?faces-redirect=true";
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      return null;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
