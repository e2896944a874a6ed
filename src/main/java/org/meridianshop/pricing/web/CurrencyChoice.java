package org.meridianshop.pricing.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridianshop.platform.security.ClientAddresses;

/**
 * Remembers the currency a shopper picks in the header's selector (a plain GET of the same page
 * with {@code ?currency=}), before the page is rendered, so the cookie is set whatever the page.
 */
@WebFilter(
    filterName = "CurrencyChoice",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class CurrencyChoice extends HttpFilter {

  @Inject ClientAddresses clients;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CurrencyCookie.chosenBy(request)
        .ifPresent(
            currency ->
                response.addCookie(
                    CurrencyCookie.remembering(currency, clients.cameOverHttps(request))));
    chain.doFilter(request, response);
  }
}
