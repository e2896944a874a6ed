package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.customer.EmailVerification;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;

/**
 * The page an email verification link opens. Opening it changes nothing: mail scanners fetch links
 * to check them, and must not use up the token. The owner confirms with one button.
 */
@Named
@RequestScoped
public class EmailVerificationPage {

  @Inject EmailVerification verification;
  @Inject FacesContext faces;

  private String token;
  private boolean verified;

  public void verify() {
    try {
      verification.verify(token);
      verified = true;
    } catch (ShopException refusal) {
      FormMessages.error(faces, "This link is invalid, used or expired.");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isVerified() {
    return verified;
  }
}
