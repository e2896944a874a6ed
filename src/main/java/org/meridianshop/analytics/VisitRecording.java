package org.meridianshop.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.security.ClientAddresses;

/**
 * Counts storefront page views (GET of a page, not of its styles, images or Faces resources, and
 * not the console or the API) for conversion and active users. A visitor is told apart by a random
 * first-party cookie kept for a year; nothing else about the browser is stored.
 */
@WebFilter(
    filterName = "VisitRecording",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class VisitRecording extends HttpFilter {

  static final String COOKIE = "shop_visitor";
  private static final int A_YEAR = 365 * 24 * 3600;

  @Inject ShopperActivity activity;
  @Inject ClientAddresses clients;

  private final Clock clock = Clock.systemUTC();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && isStorefrontPage(path)) {
      var visitor = visitorOf(request).orElseGet(() -> newVisitor(request, response));
      var principal = request.getUserPrincipal();
      var account = principal == null ? null : principal.getName();
      activity.visited(new ShopperActivity.VisitRecord(visitor, account, path, clock.instant()));
    }
    chain.doFilter(request, response);
  }

  static boolean isStorefrontPage(String path) {
    return (path.equals("/") || path.endsWith(".xhtml"))
        && !path.startsWith("/admin/")
        && !path.startsWith("/jakarta.faces.resource/")
        && !path.startsWith("/javax.faces.resource/");
  }

  private static Optional<String> visitorOf(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> value.length() == 36)
        .findFirst();
  }

  private String newVisitor(HttpServletRequest request, HttpServletResponse response) {
    var visitor = UUID.randomUUID().toString();
    var cookie = new Cookie(COOKIE, visitor);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(A_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(clients.cameOverHttps(request));
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    return visitor;
  }
}
