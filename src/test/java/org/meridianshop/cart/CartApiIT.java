package org.meridianshop.cart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.RunningShop;

/** The cart API as the contract has it, for guests and customers, with its refusals. */
@ExtendWith(RunningShop.class)
class CartApiIT {

  @Test
  void aGuestFillsACartKeptByACookie() {
    var guest = Shopper.guest();
    var product = productWithStock(3);
    var cart =
        api(guest)
            .body(Map.of("productId", product.id(), "quantity", 2))
            .post("items")
            .then()
            .statusCode(200)
            .cookie("guest_cart")
            .body("items", hasSize(1))
            .body("items[0].quantity", equalTo(2))
            .body("currency", equalTo("USD"))
            .extract()
            .jsonPath();
    var unit = cart.getString("items[0].unitPrice.amount");
    assertThat(cart.getString("items[0].lineTotal.amount"))
        .isEqualTo(
            new java.math.BigDecimal(unit)
                .multiply(java.math.BigDecimal.valueOf(2))
                .toPlainString());
    assertThat(cart.getString("subtotal.amount"))
        .isEqualTo(cart.getString("items[0].lineTotal.amount"));
    api(guest).get().then().body("items", hasSize(1));
    api(Shopper.guest()).get().then().statusCode(200).body("items", hasSize(0));
  }

  @Test
  void quantitiesChangeAndItemsGo() {
    var customer = customer();
    var product = productWithStock(5);
    var itemId =
        api(customer)
            .body(Map.of("productId", product.id()))
            .post("items")
            .then()
            .statusCode(200)
            .extract()
            .<String>path("items[0].itemId");
    api(customer)
        .body(Map.of("quantity", 4))
        .put("items/" + itemId)
        .then()
        .statusCode(200)
        .body("items[0].quantity", equalTo(4));
    api(customer).delete("items/" + itemId).then().statusCode(200).body("items", hasSize(0));
    api(customer).delete("items/" + itemId).then().statusCode(404);
  }

  @Test
  void pricesFollowTheAskedCurrency() {
    var customer = customer();
    api(customer).body(Map.of("productId", productWithStock(1).id())).post("items");
    api(customer)
        .queryParam("currency", "JPY")
        .get()
        .then()
        .body("currency", equalTo("JPY"))
        .body("subtotal.currency", equalTo("JPY"))
        .body(
            "subtotal.amount",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(".")));
  }

  @Test
  void theCurrencyMayComeAsAHeaderAndAnUnknownOneChangesNothing() {
    var customer = customer();
    api(customer)
        .header("Accept-Currency", "EUR")
        .body(Map.of("productId", productWithStock(1).id()))
        .post("items")
        .then()
        .statusCode(200)
        .body("currency", equalTo("EUR"))
        .body("items[0].unitPrice.currency", equalTo("EUR"))
        .body("total.currency", equalTo("EUR"));
    api(customer)
        .queryParam("currency", "XYZ")
        .body(Map.of("productId", productWithStock(2).id()))
        .post("items")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", org.hamcrest.Matchers.hasItem("currency"));
    api(customer).header("Accept-Currency", "XYZ").get().then().statusCode(400);
    api(customer).get().then().body("items", hasSize(1)).body("items[0].quantity", equalTo(1));
  }

  @Test
  void refusalsAre404For409And422AsTheContractSays() {
    var customer = customer();
    api(customer).body(Map.of("productId", "99999999")).post("items").then().statusCode(404);
    var product = productWithStock(11);
    api(customer)
        .body(Map.of("productId", product.id(), "quantity", 11))
        .post("items")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    var scarce = productWithAtMost(10);
    api(customer)
        .body(Map.of("productId", scarce.id(), "quantity", scarce.available() + 1))
        .post("items")
        .then()
        .statusCode(409);
    api(customer).body(Map.of("quantity", 1)).post("items").then().statusCode(400);
    api(customer)
        .body(Map.of("productId", product.id(), "quantity", 0))
        .post("items")
        .then()
        .statusCode(400);
  }

  @Test
  void stockIsCheckedForTheChosenVariant() {
    var productId = Long.parseLong(productWithTwoVariants());
    var variants = InventoryApi.stock(productId).getList("variants.variantId", Long.class);
    InventoryApi.setAvailable(productId, variants.get(0), 0);
    InventoryApi.setAvailable(productId, variants.get(1), 2);
    var customer = customer();
    api(customer)
        .body(Map.of("productId", productId + "", "variantId", variants.get(0).toString()))
        .post("items")
        .then()
        .statusCode(409)
        .body("detail", equalTo("This product is out of stock."));
    var itemId =
        api(customer)
            .body(Map.of("productId", productId + "", "variantId", variants.get(1).toString()))
            .post("items")
            .then()
            .statusCode(200)
            .body("items[0].variantId", equalTo(variants.get(1).toString()))
            .extract()
            .<String>path("items[0].itemId");
    api(customer)
        .body(Map.of("quantity", 3))
        .put("items/" + itemId)
        .then()
        .statusCode(409)
        .body("detail", equalTo("Only 2 of this product are in stock."));
  }

  @Test
  void aGuestCartJoinsTheAccountCartAtSignIn() {
    var browser = Shopper.guest();
    var product = productWithStock(2);
    api(browser).body(Map.of("productId", product.id())).post("items").then().statusCode(200);
    var signedIn = browser.signedIn(register());
    api(signedIn).get().then().statusCode(200).body("items[0].productId", equalTo(product.id()));
    // joined once, the cart is the account's wherever it signs in
    api(Shopper.guest().signedIn(signedIn.token())).get().then().body("items", hasSize(1));
  }

  @Test
  void oneCustomerNeverSeesAnothersCart() {
    var first = customer();
    api(first).body(Map.of("productId", productWithStock(1).id())).post("items");
    var itemId = api(first).get().jsonPath().getString("items[0].itemId");
    var second = customer();
    api(second).get().then().body("items", hasSize(0));
    api(second).delete("items/" + itemId).then().statusCode(404);
    api(first).get().then().body("items", hasSize(1));
  }

  private static RequestSpecification api(Shopper shopper) {
    var request =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .basePath("api/cart")
            .filter(shopper.cookies())
            .contentType("application/json");
    return shopper.token() == null ? request : request.auth().oauth2(shopper.token());
  }

  private static Product productWithStock(int atLeast) {
    return products().filter(p -> p.available() >= atLeast).findFirst().orElseThrow();
  }

  private static Product productWithAtMost(int most) {
    return products()
        .filter(p -> p.available() > 0 && p.available() <= most)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo catalog has products low in stock"));
  }

  /** The last in-stock product with two variants or more, so the others' picks stay untouched. */
  private static String productWithTwoVariants() {
    var candidates = new ArrayList<>(inStockProductIds());
    Collections.reverse(candidates);
    return candidates.stream()
        .filter(id -> InventoryApi.stock(Long.parseLong(id)).getList("variants").size() >= 2)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the demo catalog has products with variants"));
  }

  /**
   * In-stock products in list order, each with what the cart checks: its first variant's stock as
   * inventory has it now (a list may show a count up to half a minute old).
   */
  private static Stream<Product> products() {
    return inStockProductIds().stream()
        .map(
            id ->
                new Product(
                    id, InventoryApi.stock(Long.parseLong(id)).getInt("variants[0].available")));
  }

  private static List<String> inStockProductIds() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .queryParam("inStock", true)
        .queryParam("size", 100)
        .get("api/products")
        .jsonPath()
        .getList("items.id");
  }

  private record Product(String id, int available) {}

  /** A shopper: their cookies and, once signed in, their access token. */
  private record Shopper(CookieFilter cookies, String token) {
    static Shopper guest() {
      return new Shopper(new CookieFilter(), null);
    }

    Shopper signedIn(String accessToken) {
      return new Shopper(cookies, accessToken);
    }
  }

  private static Shopper customer() {
    return Shopper.guest().signedIn(register());
  }

  private static String register() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(
            Map.of(
                "email", "cart-" + UUID.randomUUID() + "@example.com",
                "password", "a long enough secret",
                "firstName", "Cart",
                "lastName", "Tester"))
        .post("api/users/register")
        .then()
        .statusCode(201)
        .extract()
        .path("accessToken");
  }
}
