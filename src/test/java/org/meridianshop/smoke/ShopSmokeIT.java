package org.meridianshop.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** The shop starts on its database, migrates it, loads the demo catalog and serves it. */
@ExtendWith(RunningShop.class)
class ShopSmokeIT {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void isReadyAndLive() throws Exception {
    assertThat(get("health/ready").statusCode()).isEqualTo(200);
    assertThat(get("health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void reportsWhetherRedisAnswersWhenItIsUsed() throws Exception {
    var readiness = get("health/ready").body();
    assertThat(readiness).contains("\"name\":\"redis\"");
    if (RunningShop.redis().isPresent()) {
      assertThat(readiness).contains("\"reachable\":true");
    } else {
      assertThat(readiness).contains("\"configured\":false");
    }
  }

  @Test
  void servesTheDemoCatalogThroughTheApi() throws Exception {
    var products = get("api/products");
    assertThat(products.statusCode()).isEqualTo(200);
    assertThat(products.body()).contains("\"total\":").contains("\"price\":{\"amount\":");
    assertThat(get("api/categories").body()).contains("\"children\"");
  }

  @Test
  void servesTheStorefrontHomePage() throws Exception {
    var home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
  }

  @Test
  void describesItsApiAndMetrics() throws Exception {
    assertThat(get("openapi").body()).contains("/api/products");
    var metrics = get("metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("outbox_backlog_events")
        .contains("events_dead_letters_events");
  }

  @Test
  void countsCacheHitsPerRegionSoTheHitRatioCanBeWatched() throws Exception {
    var id = JsonPath.from(get("api/products?size=1").body()).getString("items[0].id");
    var hitsBefore = productCache("cache_hits");

    assertThat(get("api/products/" + id).statusCode()).isEqualTo(200);
    // read it again until one read is a hit: right after a restart, the events still being
    // handled may evict the product between two reads
    var hits = hitsBefore;
    var misses = 0.0;
    var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while ((hits <= hitsBefore || misses == 0) && System.nanoTime() < deadline) {
      assertThat(get("api/products/" + id).statusCode()).isEqualTo(200);
      hits = Math.max(hits, productCache("cache_hits"));
      misses = Math.max(misses, productCache("cache_misses"));
    }

    assertThat(hits).isGreaterThan(hitsBefore);
    assertThat(misses).isPositive();
  }

  /** The value of the metric for the single-product cache, 0 before the region's first use. */
  private double productCache(String metric) throws Exception {
    var line =
        Pattern.compile(
                "^" + metric + "\\{[^}]*region=\"catalog\\.products\"[^}]*} (\\S+)$",
                Pattern.MULTILINE)
            .matcher(get("metrics").body());
    var value = line.find() ? Double.parseDouble(line.group(1)) : 0;
    return Double.isNaN(value) ? 0 : value;
  }

  @Test
  void tellsBrowsersToStayOnHttpsOnlyWhenTheyCameOverHttps() throws Exception {
    var plain = get("");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(plain.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    // as the TLS-terminating proxy in front of the shop reports it (the tests' proxy is trusted)
    var forwarded =
        http.send(
            HttpRequest.newBuilder(RunningShop.baseUri())
                .header("X-Forwarded-Proto", "https")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forwarded.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = RunningShop.baseUri().resolve(path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
