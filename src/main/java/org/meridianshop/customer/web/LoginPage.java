package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.customer.SignIn;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.ClientAddresses;
import org.meridianshop.platform.web.FormMessages;

/**
 * The sign-in form. Whatever is wrong with the email or the password, the answer is the same, so
 * the page does not tell who has an account; after signing in the visitor goes back to the page
 * that sent them here, if it is one of the shop's own.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject SignIn signIn;
  @Inject BrowserSessions browser;
  @Inject ClientAddresses clientAddresses;
  @Inject HttpServletRequest request;
  @Inject FacesContext faces;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    try {
      var signedIn = signIn.signIn(email, password, clientAddresses.of(request), Channel.WEB);
      var external = faces.getExternalContext();
      if (!browser.signIn(signedIn, (HttpServletResponse) external.getResponse())) {
        FormMessages.error(faces, "Signing in did not work; please try again.");
        return;
      }
      if (!faces.getResponseComplete()) {
        external.redirect(external.getRequestContextPath() + LocalPath.afterSignIn(next));
      }
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** The page to return to, kept only if it is within the shop. */
  public String getNext() {
    return LocalPath.of(next).orElse(null);
  }

  public void setNext(String next) {
    this.next = next;
  }
}
