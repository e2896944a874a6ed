package org.meridianshop.customer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * Who is looking at the page, as the header needs it: whether to offer signing in or the account,
 * and the console to administrators.
 */
@Named
@RequestScoped
public class Visitor {

  @Inject CurrentCaller caller;

  public boolean isSignedIn() {
    return caller.isSignedIn();
  }

  public boolean isAdmin() {
    return caller.isSignedIn() && caller.isAdmin();
  }
}
