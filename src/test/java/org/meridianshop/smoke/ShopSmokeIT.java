package org.meridianshop.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  void answersAClientOfferingCleartextHttp2InHttp11() throws Exception {
    // the JDK client offers the h2c upgrade by default; Liberty's h2c left streams hanging
    var offering = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    for (int i = 0; i < 3; i++) {
      var products =
          offering.send(
              HttpRequest.newBuilder(RunningShop.baseUri().resolve("api/products")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(products.statusCode()).isEqualTo(200);
      assertThat(products.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
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
  void publishesEachCacheRegionsHitsAndMissesSoTheHitRatioCanBeWatched() throws Exception {
    var id = JsonPath.from(get("api/products?size=1").body()).getString("items[0].id");

    assertThat(get("api/products/" + id).statusCode()).isEqualTo(200);

    // the counting itself is the stores' (InProcessCacheStoreTest, RedisCacheStoreTest)
    assertThat(get("metrics").body())
        .containsPattern("(?m)^cache_hits\\{[^}]*region=\"catalog\\.products\"[^}]*} \\d")
        .containsPattern("(?m)^cache_misses\\{[^}]*region=\"catalog\\.products\"[^}]*} \\d");
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
