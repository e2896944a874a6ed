package org.meridianshop.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meridianshop.platform.money.Money;

/** How events' values read in a message: times in UTC, amounts at their currency's digits. */
final class MessageValues {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private MessageValues() {}

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  static String money(BigDecimal amount, String currency) {
    var money = Money.of(amount.toPlainString(), currency);
    return money.amountText() + " " + money.currency().getCurrencyCode();
  }
}
