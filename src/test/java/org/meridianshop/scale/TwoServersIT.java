package org.meridianshop.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.Credentials;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.Pause;
import org.meridianshop.testing.ProductEdits;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.SearchResults;
import org.meridianshop.testing.ShopServer;

/**
 * Two servers of one shop behind a load balancer that does not stick a shopper to either: both on
 * the production wiring's PostgreSQL, Redis and Kafka, each with its own Lucene index. Whichever
 * server a request reaches, the shopper is the same, reservations expire once, events are handled
 * once and search finds the same products. Runs on the production wiring only (one server on the
 * embedded wiring is the whole shop).
 */
@ExtendWith(RunningShop.class)
class TwoServersIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Duration SEARCH_FRESH_WITHIN = Duration.ofSeconds(30);

  /** The shop's default KAFKA_TOPIC_PARTITIONS, which the test servers keep. */
  private static final int TOPIC_PARTITIONS = 3;

  private static final AtomicInteger UNCACHED = new AtomicInteger();

  private static URI first;
  private static ShopServer second;

  @BeforeAll
  static void startTheSecondServer() {
    first = RunningShop.baseUri();
    var starting = Instant.now();
    second = RunningShop.startAnotherServer("b");
    System.out.println(
        "Second server ready in " + Duration.between(starting, Instant.now()).toSeconds() + " s");
  }

  @AfterAll
  static void stopTheSecondServer() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aShopperSignedInOnOneServerIsSignedInOnTheOtherWithTheSameCart() {
    var email = PageClient.uniqueEmail("twoservers");
    var shopper = new PageClient();
    shopper.register(email, "a long enough secret");
    var account = shopper.get(second.baseUri().resolve("account/index.xhtml").toString());
    assertThat(account.statusCode()).as("signed in on the other server").isEqualTo(200);
    assertThat(account.body()).contains("twoservers-");

    var token = ApiLogin.accessToken(new Credentials(email, "a long enough secret"));
    var product = productInStock();
    cart(first)
        .auth()
        .oauth2(token)
        .body(Map.of("productId", product, "quantity", 2))
        .post("items")
        .then()
        .statusCode(200);
    var seen = cart(second.baseUri()).auth().oauth2(token).get().then().statusCode(200).extract();
    assertThat(seen.jsonPath().getString("items[0].productId")).isEqualTo(product);
    assertThat(seen.jsonPath().getInt("items[0].quantity")).isEqualTo(2);

    var guestCart =
        cart(second.baseUri())
            .body(Map.of("productId", product, "quantity", 3))
            .post("items")
            .then()
            .statusCode(200)
            .extract()
            .cookie("guest_cart");
    var guestSees = cart(first).cookie("guest_cart", guestCart).get().jsonPath();
    assertThat(guestSees.getString("items[0].productId")).isEqualTo(product);
    assertThat(guestSees.getInt("items[0].quantity")).isEqualTo(3);
  }

  @Test
  void theWelcomeAfterRegisteringOnOneServerIsShownByTheOtherAfterTheRedirect() {
    var email = PageClient.uniqueEmail("welcome");
    var shopper = new PageClient();
    shopper.register(email, "a long enough secret");

    var account = shopper.get(second.baseUri().resolve("account/index.xhtml").toString());

    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body())
        .as("the notice the first server left for the page after its redirect")
        .contains("Welcome, Test! We sent a link to " + email + " to confirm your email address.");
  }

  @Test
  void aReservationMadeThroughTheSecondServerExpiresOnce() {
    long productId = 73;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 5);
    String reservation =
        inventory(second.baseUri())
            .body(
                Map.of(
                    "reference",
                    "order-" + UUID.randomUUID(),
                    "lines",
                    List.of(Map.of("variantId", variantId, "quantity", 2))))
            .post("reservations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(InventoryApi.available(InventoryApi.stock(productId), variantId)).isEqualTo(3);

    var released =
        InventoryApi.await(
            () -> InventoryApi.reservation(reservation),
            r -> r.getString("status").equals("RELEASED"),
            PATIENCE);
    assertThat(released.getString("closeReason")).isEqualTo("expired");
    // long enough for the other server's timer, if there were one, to fire as well
    Pause.of(Duration.ofSeconds(20));

    assertThat(InventoryApi.available(InventoryApi.stock(productId), variantId)).isEqualTo(5);
    var releases =
        InventoryApi.history(productId).stream()
            .filter(e -> reservation.equals(e.get("reference")))
            .filter(e -> "RELEASE".equals(e.get("kind")))
            .toList();
    assertThat(releases).hasSize(1);
  }

  @Test
  void eventsPublishedWhileBothServersRunAreEachHandledOnce() throws Exception {
    var throughFirst = sendProbes(first, 150);
    var throughSecond = sendProbes(second.baseUri(), 150);

    for (var batch : List.of(throughFirst, throughSecond)) {
      var report =
          InventoryApi.await(() -> probeReport(batch), r -> r.getInt("handled") >= 150, PATIENCE);
      assertThat(report.getInt("handled")).isEqualTo(150);
      assertThat(report.getBoolean("inOrderPerAggregate")).isTrue();
    }
    List<Map<String, Object>> deadLetters =
        events(first).get("dead-letters").jsonPath().getList("items");
    assertThat(deadLetters)
        .noneMatch(
            letter ->
                ((String) letter.get("aggregateId")).startsWith(throughFirst)
                    || ((String) letter.get("aggregateId")).startsWith(throughSecond));
    assertThat(consumersHoldingPartitions())
        .as("both servers' consumers (one per partition each) share the event topics' partitions")
        .isEqualTo(2 * TOPIC_PARTITIONS);
  }

  @Test
  void searchFindsTheSameOnBothServersAfterAnEditAndAStockChange() {
    var product = productInStock();
    var productId = Long.parseLong(product);
    var original = adminProduct(productId);
    var word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    var stock = InventoryApi.stock(productId);
    List<Map<String, Object>> variants = stock.getList("variants");
    try {
      ProductEdits.edit(
          second.baseUri(), productId, Map.of("name", original.getString("name") + " " + word));
      awaitOnBothServers(word, false, ids -> ids.contains(product));

      for (var variant : variants) {
        InventoryApi.setAvailable(productId, ((Number) variant.get("variantId")).longValue(), 0);
      }
      awaitOnBothServers(word, true, List::isEmpty);
      awaitOnBothServers(word, false, ids -> ids.contains(product));
    } finally {
      // the name first: the stock's copy into the product may still be on its way after a count
      ProductEdits.edit(first, productId, Map.of("name", original.getString("name")));
      for (var variant : variants) {
        var variantId = ((Number) variant.get("variantId")).longValue();
        InventoryApi.setAvailable(productId, variantId, InventoryApi.available(stock, variantId));
      }
    }
    awaitOnBothServers(word, false, List::isEmpty);
  }

  private static void awaitOnBothServers(
      String word, boolean inStockOnly, Predicate<List<String>> expected) {
    for (var server : List.of(first, second.baseUri())) {
      var found =
          InventoryApi.await(
              () -> searchIndexOf(server, word, inStockOnly), expected, SEARCH_FRESH_WITHIN);
      assertThat(expected.test(found)).as("search on %s found %s", server, found).isTrue();
    }
  }

  /**
   * What the server's own index finds: each query differs in a price limit no product reaches, so
   * no answer comes from the query cache the servers share.
   */
  private static List<String> searchIndexOf(URI server, String text, boolean inStockOnly) {
    var request =
        given()
            .baseUri(server.toString())
            .queryParam("q", text)
            .queryParam("maxPrice", 1_000_000 + UNCACHED.incrementAndGet());
    if (inStockOnly) {
      request.queryParam("inStock", true);
    }
    return SearchResults.ids(request);
  }

  private static JsonPath adminProduct(long id) {
    return admin(first)
        .get("api/admin/products/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String productInStock() {
    return given()
        .baseUri(first.toString())
        .queryParam("inStock", true)
        .queryParam("size", 50)
        .get("api/products")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("items[20].id");
  }

  private static String sendProbes(URI server, int count) {
    return events(server)
        .body(Map.of("count", count, "aggregates", 15, "refuseForMillis", 0))
        .post("probes")
        .then()
        .statusCode(202)
        .extract()
        .path("batchId");
  }

  private static JsonPath probeReport(String batch) {
    return events(first).get("probes/{batch}", batch).then().statusCode(200).extract().jsonPath();
  }

  private static long consumersHoldingPartitions() throws InterruptedException, ExecutionException {
    var broker = RunningShop.kafka().orElseThrow().bootstrapServers();
    try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker))) {
      return admin
          .describeConsumerGroups(List.of("meridian-shop"))
          .all()
          .get()
          .get("meridian-shop")
          .members()
          .stream()
          .filter(member -> !member.assignment().topicPartitions().isEmpty())
          .count();
    }
  }

  private static RequestSpecification cart(URI server) {
    return given().baseUri(server.toString()).basePath("api/cart").contentType("application/json");
  }

  private static RequestSpecification inventory(URI server) {
    return admin(server).basePath("api/inventory");
  }

  private static RequestSpecification events(URI server) {
    return admin(server).basePath("api/admin/events");
  }

  private static RequestSpecification admin(URI server) {
    return given()
        .baseUri(server.toString())
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }
}
