package org.meridianshop.smoke;

import static org.assertj.core.api.Assertions.assertThat;

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

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = RunningShop.baseUri().resolve(path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
