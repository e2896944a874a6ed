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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The seed's search flow (target: p95 under 200 ms): a shopper types a few letters (suggestions),
 * searches, narrows by a facet and sorts. With {@code -Dcache=miss} every search carries a price
 * limit no one else uses (above every price, so the same products match), so none is answered from
 * the query cache; with {@code -Dcache=hit} (the default) shoppers repeat a small set of searches,
 * as real traffic does, and most answers come from the cache.
 */
public class SearchSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 16);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));
  private static final boolean MISS = "miss".equals(System.getProperty("cache", "hit"));
  private static final String[] WORDS = {
    "laptop", "lapotp", "headphones", "wireless", "keyboard", "knife", "running shoes", "monitor",
    "charger", "steel", "coffee", "camera"
  };
  private static final String[] SORTS = {"relevance", "price_asc", "rating", "newest"};
  private static final AtomicLong UNIQUE = new AtomicLong(900_000_000);

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL).acceptHeader("application/json, text/html").shareConnections();

  private final Iterator<Map<String, Object>> searches =
      Stream.generate(
              () -> {
                var random = ThreadLocalRandom.current();
                var words = WORDS[random.nextInt(WORDS.length)];
                var limit = MISS ? "&maxPrice=" + UNIQUE.incrementAndGet() : "";
                return Map.<String, Object>of(
                    "q", words.replace(" ", "+"),
                    "typed", words.substring(0, 2 + random.nextInt(3)),
                    "sort", SORTS[random.nextInt(SORTS.length)],
                    "limit", limit);
              })
          .iterator();

  private final ScenarioBuilder search =
      scenario("Search products")
          .feed(searches)
          .exec(
              http("suggest (API)").get("/api/search/suggest?q=#{typed}").check(status().is(200)))
          .exec(
              http("search (API)")
                  .get("/api/search?q=#{q}#{limit}")
                  .check(status().is(200))
                  .check(
                      jsonPath("$.facets.brand[0].value").optional().saveAs("brand")))
          .doIf(session -> session.contains("brand"))
          .then(
              http("search with facet and sort (API)")
                  .get("/api/search?q=#{q}&brand=#{brand}&sort=#{sort}#{limit}")
                  .check(status().is(200)))
          .exec(http("search page").get("/search.xhtml?q=#{q}#{limit}").check(status().is(200)))
          .exec(session -> session.remove("brand"));

  {
    setUp(search.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
        .protocols(protocol);
  }
}
