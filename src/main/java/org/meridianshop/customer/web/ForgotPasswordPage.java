package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.meridianshop.customer.PasswordResets;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.ClientAddresses;
import org.meridianshop.platform.web.FormMessages;

/**
 * Asks for a password reset link. The answer is the same whether or not the email has an account,
 * so the form cannot be used to find out who shops here.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

  static final String SENT =
      "If an account exists for that email, we sent a link to reset its password.";

  @Inject PasswordResets resets;
  @Inject ClientAddresses clientAddresses;
  @Inject HttpServletRequest request;
  @Inject FacesContext faces;

  private String email;
  private boolean sent;

  public void send() {
    try {
      resets.request(email, clientAddresses.of(request));
      sent = true;
      FormMessages.confirm(faces, SENT);
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
