package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The seed's browse flow (target: p95 under 100 ms): a shopper lists products, page by page and
 * in different orders, and opens one of them; both through the API and the storefront pages.
 * Closed model: a fixed number of shoppers, each starting again as soon as it is done.
 */
public class BrowseSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 16);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));
  private static final String[] SORTS = {"newest", "relevance", "price_asc", "rating"};

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL).acceptHeader("application/json, text/html").shareConnections();

  private final Iterator<Map<String, Object>> listings =
      Stream.generate(
              () -> {
                var random = ThreadLocalRandom.current();
                return Map.<String, Object>of(
                    "page", 1 + random.nextInt(5), "sort", SORTS[random.nextInt(SORTS.length)]);
              })
          .iterator();

  private final ScenarioBuilder browse =
      scenario("Browse products")
          .feed(listings)
          .exec(
              http("product list (API)")
                  .get("/api/products?page=#{page}&sort=#{sort}")
                  .check(status().is(200))
                  .check(jsonPath("$.items[*].id").findRandom().saveAs("productId"))
                  .check(jsonPath("$.items[*].slug").findRandom().saveAs("productSlug"))
                  .check(jsonPath("$.items[0].category.slug").saveAs("categorySlug")))
          .exec(http("product detail (API)").get("/api/products/#{productId}").check(status().is(200)))
          .exec(
              http("category page")
                  .get("/c/#{categorySlug}?sort=#{sort}")
                  .check(status().is(200)))
          .exec(http("product page").get("/p/#{productSlug}").check(status().is(200)));

  {
    setUp(browse.injectClosed(constantConcurrentUsers(USERS).during(DURATION))).protocols(protocol);
  }
}
