package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The header's sign-out button: ends the login session and goes back to the front page. */
@Named
@RequestScoped
public class SignOut {

  @Inject BrowserSessions browser;
  @Inject FacesContext faces;

  public void submit() throws IOException {
    browser.signOut();
    var external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + "/");
  }
}
