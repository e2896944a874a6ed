package org.meridianshop.pricing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.meridianshop.platform.money.Money;
import org.meridianshop.pricing.PriceConverter;
import org.meridianshop.pricing.ShopCurrencies;

/**
 * The currency a storefront page shows prices in: the one just picked, else the remembered one,
 * else US dollars; and what the header's currency selector needs to show the same page again.
 */
@Named
@RequestScoped
public class ShopperCurrency {

  @Inject HttpServletRequest request;
  @Inject PriceConverter prices;

  private Currency currency;

  public Currency get() {
    if (currency == null) {
      currency =
          CurrencyCookie.chosenBy(request)
              .or(() -> CurrencyCookie.rememberedBy(request))
              .orElse(Money.BASE_CURRENCY);
    }
    return currency;
  }

  /** A base-currency price as this shopper sees it. */
  public Money convert(Money price) {
    return prices.convert(price, get());
  }

  public String getCode() {
    return get().getCurrencyCode();
  }

  public List<String> getCodes() {
    return ShopCurrencies.SUPPORTED;
  }

  /**
   * The page address's other query parameters (as the browser sent them, before any forward), which
   * the selector's form sends again so that picking a currency keeps the search, filters and page.
   */
  public List<Map.Entry<String, String>> getKeptParameters() {
    var forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    var query = forwarded != null ? forwarded : request.getQueryString();
    var kept = new ArrayList<Map.Entry<String, String>>();
    if (query == null) {
      return kept;
    }
    for (var pair : query.split("&")) {
      var equals = pair.indexOf('=');
      try {
        var name = decode(equals < 0 ? pair : pair.substring(0, equals));
        var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        if (!name.isEmpty() && !CurrencyCookie.NAME.equals(name)) {
          kept.add(Map.entry(name, value));
        }
      } catch (IllegalArgumentException malformed) {
        // a broken escape the page itself ignored: not worth sending again
      }
    }
    return kept;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
