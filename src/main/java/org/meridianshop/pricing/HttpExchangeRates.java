package org.meridianshop.pricing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.meridianshop.platform.cache.CacheStore;

/**
 * Exchange rates from an HTTP rates provider, fetched at most once an hour: the rates are kept for
 * an hour in the shop's {@link CacheStore} (so with Redis one fetch serves every server) and in
 * this server's memory, so converting a price costs no cache round trip. One request at a time
 * refreshes them; the others meanwhile keep using the rates they have.
 *
 * <p>A provider that fails (an error status, no answer within the timeout, an answer without every
 * shop currency) never fails a page: the last rates this server knew are used, and the failure is
 * logged once per attempt with their age; with none known yet, the bundled snapshot. After a
 * failure the provider is left alone for {@link #RETRY_AFTER}, so an outage does not make every
 * request wait for a timeout.
 */
public class HttpExchangeRates implements ExchangeRates {

  private static final Logger LOG = Logger.getLogger(HttpExchangeRates.class.getName());
  static final Duration FRESH_FOR = Duration.ofHours(1);
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final String REGION = "pricing.rates";
  static final String KEY = "usd";

  private final RatesProvider provider;
  private final CacheStore cache;
  private final Clock clock;
  private final Duration timeout;
  private final HttpClient http;
  private volatile DatedRates lastKnown;
  private final ReentrantLock refreshing = new ReentrantLock();
  private Instant nextAttempt = Instant.MIN; // guarded by refreshing

  public HttpExchangeRates(RatesProvider provider, CacheStore cache, Clock clock) {
    this(provider, cache, clock, TIMEOUT);
  }

  HttpExchangeRates(RatesProvider provider, CacheStore cache, Clock clock, Duration timeout) {
    this.provider = provider;
    this.cache = cache;
    this.clock = clock;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public BigDecimal usdTo(Currency currency) {
    return current().usdTo(currency);
  }

  private DatedRates current() {
    var known = lastKnown;
    if (known != null && isFresh(known, clock.instant())) {
      return known;
    }
    // one request refreshes; the others keep to the rates they have rather than wait for it
    if (known == null) {
      refreshing.lock();
    } else if (!refreshing.tryLock()) {
      return known;
    }
    try {
      return refresh();
    } finally {
      refreshing.unlock();
    }
  }

  private DatedRates refresh() {
    var now = clock.instant();
    var known = lastKnown;
    if (known != null && isFresh(known, now)) {
      return known; // another request refreshed them while this one waited
    }
    if (now.isBefore(nextAttempt)) {
      return known != null ? known : BundledExchangeRates.SNAPSHOT;
    }
    try {
      var shared = cache.get(REGION, KEY, FRESH_FOR, this::fetch);
      if (!isFresh(shared, now)) {
        // another server's clock, or a cache that outlived the hour: ask the provider again
        known = shared;
        lastKnown = shared;
        cache.evict(REGION, KEY);
        shared = cache.get(REGION, KEY, FRESH_FOR, this::fetch);
      }
      lastKnown = shared;
      return shared;
    } catch (RatesUnavailable e) {
      nextAttempt = now.plus(RETRY_AFTER);
      return fallBack(known, now, e);
    }
  }

  private DatedRates fallBack(DatedRates known, Instant now, RatesUnavailable failure) {
    var fallback = known != null ? known : BundledExchangeRates.SNAPSHOT;
    LOG.warning(
        "No exchange rates from %s (%s); using %s rates of %s, obtained %s ago"
            .formatted(
                provider.host(),
                failure.getMessage(),
                known != null ? "the last known" : "the bundled",
                fallback.date(),
                readable(fallback.ageAt(now))));
    return fallback;
  }

  private static String readable(Duration age) {
    if (age.toMinutes() < 120) {
      return age.toMinutes() + " minutes";
    }
    return age.toHours() < 48 ? age.toHours() + " hours" : age.toDays() + " days";
  }

  private DatedRates fetch() {
    var request = provider.request().timeout(timeout).GET().build();
    try {
      var response = http.send(request, BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new RatesUnavailable("it answered " + response.statusCode());
      }
      return ProviderAnswer.parse(response.body(), clock.instant());
    } catch (HttpTimeoutException e) {
      throw new RatesUnavailable("no answer within " + timeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw new RatesUnavailable("it could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RatesUnavailable("interrupted while waiting for it", e);
    }
  }

  private static boolean isFresh(DatedRates rates, Instant now) {
    return rates.ageAt(now).compareTo(FRESH_FOR) < 0;
  }
}
