package org.meridianshop.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import org.meridianshop.platform.money.Money;

/** Shows an amount as shoppers read prices, with the currency's symbol: {@code $1,299.00}. */
@Named
@ApplicationScoped
public class MoneyFormat {

  /** The shop's pages are in English; amounts follow US conventions for digits and separators. */
  static final Locale PAGE_LOCALE = Locale.US;

  public String text(Money money) {
    if (money == null) {
      return "";
    }
    // NumberFormat is not thread safe, so each call gets its own.
    var format = NumberFormat.getCurrencyInstance(PAGE_LOCALE);
    format.setCurrency(money.currency());
    format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
    format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
    return format.format(money.amount());
  }
}
