package org.meridianshop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.security.ClientAddresses;

/**
 * Whose cart a request means: the signed-in account's, or a guest's, named by the {@code
 * guest_cart} cookie (a random id, HttpOnly, SameSite=Lax, a week long), which is set the first
 * time a guest puts something in a cart.
 */
@ApplicationScoped
public class CartOwners {

  static final String GUEST_COOKIE = "guest_cart";

  /** A guest with no cart yet. */
  public static final String NOBODY = "guest:none";

  @Inject ClientAddresses clients;

  /** The owner for reading: a guest without a cookie has an empty cart of nobody's. */
  public String of(HttpServletRequest request) {
    return account(request).or(() -> guest(request)).orElse(NOBODY);
  }

  /** The owner for changing: a guest without a cookie gets one. */
  public String forChange(HttpServletRequest request, HttpServletResponse response) {
    return account(request)
        .or(() -> guest(request))
        .orElseGet(
            () -> {
              var id = UUID.randomUUID().toString();
              response.addCookie(cookie(request, id, (int) CartStore.IDLE_LIMIT.toSeconds()));
              return "guest:" + id;
            });
  }

  /** The guest cart the request still carries, if any. */
  public Optional<String> guest(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(c -> GUEST_COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(CartOwners::isId)
        .findFirst()
        .map(id -> "guest:" + id);
  }

  public Optional<String> account(HttpServletRequest request) {
    return Optional.ofNullable(request.getUserPrincipal()).map(p -> "user:" + p.getName());
  }

  /** Tells the browser to drop its guest cart cookie. */
  public void forgetGuest(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "", 0));
  }

  private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    var cookie = new Cookie(GUEST_COOKIE, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(clients.cameOverHttps(request));
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  private static boolean isId(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
