package org.meridianshop.pricing.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import org.meridianshop.pricing.ShopCurrencies;

/**
 * A shopper's currency: chosen with {@code ?currency=} on a page (the header's selector sends it)
 * and remembered for a year in the {@code currency} cookie, which only the server reads (HttpOnly,
 * SameSite=Lax, Secure when the shopper came over HTTPS).
 */
final class CurrencyCookie {

  static final String NAME = "currency";
  static final Duration KEPT = Duration.ofDays(365);

  private CurrencyCookie() {}

  /** The currency this request picks: a page asked for with a known {@code currency} code. */
  static Optional<Currency> chosenBy(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) || path.startsWith("/api/")) {
      return Optional.empty();
    }
    return ShopCurrencies.find(request.getParameter(NAME));
  }

  static Optional<Currency> rememberedBy(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .findFirst()
        .flatMap(cookie -> ShopCurrencies.find(cookie.getValue()));
  }

  static Cookie remembering(Currency currency, boolean overHttps) {
    var cookie = new Cookie(NAME, currency.getCurrencyCode());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSecure(overHttps);
    cookie.setMaxAge((int) KEPT.toSeconds());
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}
