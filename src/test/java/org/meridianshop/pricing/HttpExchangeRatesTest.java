package org.meridianshop.pricing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.cache.InProcessCacheStore;
import org.meridianshop.platform.cache.RedisCacheStore;
import org.meridianshop.platform.money.Money;
import org.meridianshop.testing.MovableClock;
import org.meridianshop.testing.RedisServer;

/** The rates provider emulated by WireMock; time moved by a clock the test holds. */
class HttpExchangeRatesTest {

  @RegisterExtension
  static WireMockExtension provider =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Currency EUR = Currency.getInstance("EUR");

  private final MovableClock clock = new MovableClock();
  private final CacheStore cache = new InProcessCacheStore();
  private final List<LogRecord> warnings = new ArrayList<>();
  private final Logger log = Logger.getLogger(HttpExchangeRates.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** WireMock's first answer is slow on a busy machine; no test should spend its timeout on it. */
  @BeforeAll
  static void warmUpTheProvider() throws Exception {
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(provider.baseUrl() + "/__admin/health")).build(),
            HttpResponse.BodyHandlers.discarding());
  }

  @BeforeEach
  void captureWarnings() {
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-24T09:00:00Z")));
    log.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    log.removeHandler(capture);
  }

  @Test
  void pricesAreConvertedAtTheProvidersRates() {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.5", "150"))));
    var converter = new PriceConverter(rates());

    assertThat(converter.convert(Money.of("19.99", "USD"), EUR))
        .isEqualTo(Money.of("10.00", "EUR"));
    assertThat(converter.convert(Money.of("19.99", "USD"), Currency.getInstance("JPY")))
        .isEqualTo(Money.of("2998", "JPY"));
  }

  @Test
  void ratesAreTakenFromTheJsonTextWithoutLosingDigits() {
    // as a double this would be 0.9214 exactly or 0.9214000000000001, never these digits
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.92140000000000000001", "151"))));

    assertThat(rates().usdTo(EUR)).isEqualTo(new BigDecimal("0.92140000000000000001"));
  }

  @Test
  void withinTheHourTheProviderIsNotAskedAgain() {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.5", "150"))));
    var rates = rates();

    rates.usdTo(EUR);
    clock.advance(Duration.ofMinutes(59));
    rates.usdTo(EUR);
    rates.usdTo(Currency.getInstance("GBP"));

    provider.verify(1, getRequestedFor(urlPathEqualTo("/latest")));
  }

  @Test
  void afterAnHourTheRatesAreFetchedAgain() {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.5", "150"))));
    var rates = rates();
    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");

    provider.stubFor(get("/latest").willReturn(okJson(answer("0.6", "150"))));
    clock.advance(Duration.ofMinutes(61));

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.6");
    provider.verify(2, getRequestedFor(urlPathEqualTo("/latest")));
  }

  @Test
  void serversSharingRedisAskTheProviderOnceAnHour() {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.92140000000000000001", "150"))));
    try (var redis = RedisServer.start()) {
      var settings = new RatesProvider(url(), Optional.empty(), Optional.empty());
      var first = new HttpExchangeRates(settings, new RedisCacheStore(redis.client()), clock);
      var second = new HttpExchangeRates(settings, new RedisCacheStore(redis.client()), clock);

      assertThat(first.usdTo(EUR)).isEqualTo(new BigDecimal("0.92140000000000000001"));
      assertThat(second.usdTo(EUR)).isEqualTo(new BigDecimal("0.92140000000000000001"));
    }
    provider.verify(1, getRequestedFor(urlPathEqualTo("/latest")));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("an error", aResponse().withStatus(500), "answered 500"),
        Arguments.of(
            "no answer in time",
            okJson(answer("0.6", "150")).withFixedDelay(6_000),
            "no answer within 3000 ms"),
        Arguments.of("garbage", okJson("<html>Service Unavailable</html>"), "not a JSON object"),
        Arguments.of(
            "a currency missing",
            okJson("{\"base\":\"USD\",\"rates\":{\"EUR\":0.6}}"),
            "no rate for GBP"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void whenTheProviderFailsTheLastKnownRatesServeAndTheirAgeIsLogged(
      String failure, ResponseDefinitionBuilder answer, String reason) {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.5", "150"))));
    var rates = rates();
    rates.usdTo(EUR);
    provider.stubFor(get("/latest").willReturn(answer));
    clock.advance(Duration.ofMinutes(65));

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getMessage())
        .contains(reason)
        .contains("the last known rates of 2026-11-24")
        .contains("obtained 65 minutes ago");

    // the next requests use them too, without waiting for the provider or logging again
    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");
    assertThat(warnings).hasSize(1);
    provider.verify(2, getRequestedFor(urlPathEqualTo("/latest")));
  }

  @Test
  void whileOneRequestWaitsForTheProviderTheOthersKeepTheRatesTheyHave() throws Exception {
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.5", "150"))));
    var rates = rates();
    rates.usdTo(EUR);
    provider.stubFor(get("/latest").willReturn(okJson(answer("0.6", "150")).withFixedDelay(1_500)));
    clock.advance(Duration.ofMinutes(61));

    var refreshing = CompletableFuture.supplyAsync(() -> rates.usdTo(EUR));
    await(() -> provider.findAll(getRequestedFor(urlPathEqualTo("/latest"))).size() == 2);
    var started = System.nanoTime();

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    assertThat(refreshing.get(5, TimeUnit.SECONDS)).isEqualByComparingTo("0.6");
    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.6");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void aProviderThatRecoversIsAskedAgainAMinuteAfterTheFailure() {
    provider.stubFor(get("/latest").willReturn(aResponse().withStatus(503)));
    var rates = rates();
    rates.usdTo(EUR);

    provider.stubFor(get("/latest").willReturn(okJson(answer("0.7", "150"))));
    clock.advance(Duration.ofSeconds(30));
    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.9214");
    clock.advance(Duration.ofSeconds(31));
    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.7");
  }

  @Test
  void withNoRatesKnownTheBundledSnapshotServes() {
    provider.stubFor(get("/latest").willReturn(aResponse().withStatus(503)));

    assertThat(rates().usdTo(EUR)).isEqualTo(new BigDecimal("0.9214"));
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.getMessage())
                    .contains("answered 503")
                    .contains("the bundled rates of 2026-11-02")
                    .contains("obtained 22 days ago"));
  }

  @Test
  void theKeyIsSentAsABearerTokenByDefault() {
    provider.stubFor(
        get("/latest")
            .withHeader("Authorization", equalTo("Bearer s3cret"))
            .willReturn(okJson(answer("0.5", "150"))));

    var rates = rates(new RatesProvider(url(), Optional.of("s3cret"), Optional.empty()));

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");
  }

  @Test
  void theKeyGoesInTheHeaderTheConfigurationNames() {
    provider.stubFor(
        get("/latest")
            .withHeader("apikey", equalTo("s3cret"))
            .willReturn(okJson(answer("0.5", "150"))));

    var rates = rates(new RatesProvider(url(), Optional.of("s3cret"), Optional.of("apikey")));

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.5");
    provider.verify(getRequestedFor(urlPathEqualTo("/latest")).withoutHeader("Authorization"));
  }

  @Test
  void aBaseOtherThanTheDollarIsConvertedThroughIt() {
    provider.stubFor(
        get("/latest")
            .willReturn(
                okJson(
                    """
                    {"base": "EUR", "date": "2026-11-24", "rates": {"USD": 1.25, "GBP": 0.85,
                     "CAD": 1.5, "AUD": 1.6, "JPY": 160, "CNY": 8, "INR": 90}}
                    """)));
    var rates = rates();

    assertThat(rates.usdTo(EUR)).isEqualByComparingTo("0.8");
    assertThat(rates.usdTo(Currency.getInstance("JPY"))).isEqualByComparingTo("128");
    assertThat(rates.usdTo(Currency.getInstance("USD"))).isEqualByComparingTo("1");
  }

  private HttpExchangeRates rates() {
    return rates(new RatesProvider(url(), Optional.empty(), Optional.empty()));
  }

  private HttpExchangeRates rates(RatesProvider settings) {
    return new HttpExchangeRates(settings, cache, clock, TIMEOUT);
  }

  private static URI url() {
    return URI.create(provider.baseUrl() + "/latest");
  }

  /** A provider's answer in US dollars with these euro and yen rates. */
  private static String answer(String eur, String jpy) {
    return """
        {"base": "USD", "date": "2026-11-24",
         "rates": {"USD": 1, "EUR": %s, "GBP": 0.79, "CAD": 1.39, "AUD": 1.53, "JPY": %s,
                   "CNY": 7.12, "INR": 84.1}}
        """
        .formatted(eur, jpy);
  }
}
