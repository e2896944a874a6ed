package org.meridianshop.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.meridianshop.platform.errors.InvalidInputException;

/** The days (UTC, both ends included) one ETL run loads: at most a year at a time. */
public record EtlDays(LocalDate from, LocalDate to) {

  static final int MOST_DAYS = 366;

  public EtlDays {
    if (from == null || to == null) {
      throw new InvalidInputException(
          "from", "Give the first and the last day, such as 2026-11-24.");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "The last day cannot come before the first.");
    }
    if (from.plusDays(MOST_DAYS).isBefore(to.plusDays(1))) {
      throw new InvalidInputException("to", "Load at most " + MOST_DAYS + " days at a time.");
    }
  }

  public static EtlDays parse(String from, String to) {
    return new EtlDays(date("from", from), date("to", to));
  }

  public static EtlDays of(LocalDate day) {
    return new EtlDays(day, day);
  }

  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the last day. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Stream<LocalDate> days() {
    return from.datesUntil(to.plusDays(1));
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date such as 2026-11-24");
    }
  }
}
