package org.meridianshop.cart.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.Carts;

/**
 * The first request of a signed-in shopper that still carries a guest cart moves that cart into the
 * account's, whichever way they signed in (page or API), and drops the guest cookie.
 */
@WebFilter(
    filterName = "GuestCartMerge",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class GuestCartMerge extends HttpFilter {

  @Inject CartOwners owners;
  @Inject Carts carts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var account = owners.account(request);
    var guest = owners.guest(request);
    if (account.isPresent() && guest.isPresent()) {
      carts.merge(guest.get(), account.get());
      owners.forgetGuest(request, response);
    }
    chain.doFilter(request, response);
  }
}
