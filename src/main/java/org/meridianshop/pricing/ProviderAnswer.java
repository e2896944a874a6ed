package org.meridianshop.pricing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a rates provider's answer, the shape most providers share: {@code {"base": "USD", "date":
 * "2026-11-24", "rates": {"EUR": 0.9214, ...}}}. Every shop currency must have a positive rate (the
 * base may be left out of {@code rates}); a base other than US dollars is converted through the
 * dollar's rate; {@code date} is optional. Numbers become {@code BigDecimal} straight from their
 * JSON text, so no rate passes through a binary floating point.
 */
final class ProviderAnswer {

  private ProviderAnswer() {}

  static DatedRates parse(String body, Instant obtainedAt) {
    JsonObject answer;
    try (var reader = Json.createReader(new StringReader(body))) {
      answer = reader.readObject();
    } catch (JsonParsingException | IllegalStateException e) {
      throw new RatesUnavailable("the answer is not a JSON object", e);
    } catch (JsonException e) {
      throw new RatesUnavailable("the answer could not be read", e);
    }
    if (!(answer.get("base") instanceof JsonString base)
        || !(answer.get("rates") instanceof JsonObject rates)) {
      throw new RatesUnavailable("the answer has no \"base\" and \"rates\"");
    }
    var perBase = new HashMap<String, BigDecimal>();
    for (var code : ShopCurrencies.SUPPORTED) {
      perBase.put(code, rate(code, base.getString(), rates));
    }
    return new DatedRates(date(answer, obtainedAt), obtainedAt, perDollar(perBase));
  }

  /** The rates per dollar, from rates per some base: the provider's own digits when it is USD. */
  private static Map<String, BigDecimal> perDollar(Map<String, BigDecimal> perBase) {
    var dollar = perBase.get("USD");
    if (dollar.compareTo(BigDecimal.ONE) == 0) {
      return perBase;
    }
    var perDollar = new HashMap<String, BigDecimal>();
    perBase.forEach(
        (code, rate) -> perDollar.put(code, rate.divide(dollar, MathContext.DECIMAL64)));
    perDollar.put("USD", BigDecimal.ONE);
    return perDollar;
  }

  private static BigDecimal rate(String code, String base, JsonObject rates) {
    if (code.equals(base) && !rates.containsKey(code)) {
      return BigDecimal.ONE;
    }
    if (!(rates.get(code) instanceof JsonNumber number)) {
      throw new RatesUnavailable("the answer has no rate for " + code);
    }
    var rate = number.bigDecimalValue();
    if (rate.signum() <= 0) {
      throw new RatesUnavailable("the answer's rate for " + code + " is not positive: " + rate);
    }
    return rate;
  }

  private static LocalDate date(JsonObject answer, Instant obtainedAt) {
    if (!(answer.get("date") instanceof JsonString date)) {
      return LocalDate.ofInstant(obtainedAt, ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(date.getString());
    } catch (DateTimeParseException e) {
      throw new RatesUnavailable("the answer's date is not a date: " + date.getString(), e);
    }
  }
}
