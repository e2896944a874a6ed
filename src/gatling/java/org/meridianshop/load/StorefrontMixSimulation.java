package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The mixed storefront profile of issue 10: signed-in shoppers who, step after step, browse (a
 * category page then a product page), search (the results page), add to the cart, view the cart
 * and check out, in the proportions 10 : 3 : 2 : 3 : 1. All the shoppers register first ("Sign
 * up", not part of the mix); then each keeps going for the run. Checkout pays with the Visa test
 * card and follows the order until the saga has settled it; a shopper whose cart is empty when its
 * turn to check out comes puts a product in first ("add before checkout").
 */
public class StorefrontMixSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final int USERS = Integer.getInteger("users", 16);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 60));
  private static final String[] SEARCHES = {
    "laptop", "lapotp", "headphones", "wireless", "keyboard", "knife", "running+shoes", "monitor"
  };

  /** The profile's weights add up to this many steps. */
  private static final int ALL_STEPS = 10 + 3 + 2 + 3 + 1;

  private final HttpProtocolBuilder protocol = NewCustomers.jsonApi(BASE_URL);

  /** Products, in-stock ones and categories the shopper picks from, read once when it arrives. */
  private final ChainBuilder lookAround =
      exec(http("in-stock products")
              .get("/api/products?inStock=true&page=#{randomInt(1,10)}")
              .check(status().is(200))
              .check(jsonPath("$.items[*].id").findAll().saveAs("productIds"))
              .check(jsonPath("$.items[*].slug").findAll().saveAs("productSlugs")))
          .exec(
              http("categories")
                  .get("/api/categories")
                  .check(status().is(200))
                  .check(jsonPath("$..slug").findAll().saveAs("categorySlugs")));

  private final ChainBuilder browse =
      exec(http("category page").get("/c/#{categorySlugs.random()}").check(status().is(200)))
          .exec(http("product page").get("/p/#{productSlugs.random()}").check(status().is(200)));

  private final ChainBuilder search =
      exec(
          session ->
              session.set("query", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
          .exec(http("search page").get("/search.xhtml?q=#{query}").check(status().is(200)));

  private final ChainBuilder viewCart =
      exec(
          http("view cart")
              .get("/api/cart")
              .header("Authorization", "Bearer #{token}")
              .check(status().is(200))
              .check(jsonPath("$.items[*]").count().saveAs("cartLines")));

  private final ChainBuilder checkout =
      exec(viewCart)
          .doIf(session -> session.getInt("cartLines") == 0)
          .then(addToCart("add before checkout"))
          .exec(NewCustomers.checkOutAndFollowTheOrder());

  /** The access tokens of the customers signed up before the mix starts. */
  private final Queue<String> tokens = new ConcurrentLinkedQueue<>();

  /**
   * Every shopper's account is made before the mix starts: registering hashes a password with
   * bcrypt (cost 12, about a quarter of a second of a core), which a real shopper does once, not
   * once per visit, and which would otherwise swamp the mix's first seconds.
   */
  private final ScenarioBuilder signUp =
      scenario("Sign up")
          .feed(NewCustomers.emails("mix"))
          .exec(NewCustomers.register(jsonPath("$.accessToken").saveAs("token")))
          .exec(session -> tokenKept(session.getString("token"), session));

  private final ScenarioBuilder shoppers =
      scenario("Storefront mix")
          .exec(session -> session.set("token", tokens.poll()))
          .exec(lookAround)
          .during(DURATION)
          .on(
              randomSwitch()
                  .on(
                      percent(share(10)).then(browse),
                      percent(share(3)).then(search),
                      percent(share(2)).then(addToCart("add to cart")),
                      percent(share(3)).then(viewCart),
                      percent(share(1)).then(checkout)));

  /**
   * A weight as the percentage Gatling's random switch takes, rounded down to a hundredth so the
   * five add up to no more than 100 (the 0.03 % left over is a step that does nothing).
   */
  private static double share(int weight) {
    return Math.floor(10_000.0 * weight / ALL_STEPS) / 100;
  }

  private static ChainBuilder addToCart(String name) {
    return exec(
        http(name)
            .post("/api/cart/items")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"productId\":\"#{productIds.random()}\",\"quantity\":1}"))
            .check(status().is(200)));
  }

  private Session tokenKept(String token, Session session) {
    tokens.add(token);
    return session;
  }

  {
    setUp(
            signUp
                .injectOpen(atOnceUsers(USERS))
                .andThen(shoppers.injectOpen(atOnceUsers(USERS))))
        .protocols(protocol);
  }
}
