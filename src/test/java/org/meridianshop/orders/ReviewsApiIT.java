package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * Only a customer whose order with the product was delivered reviews it, once; the product's rating
 * and review count follow at once in the product and in search results.
 */
@ExtendWith(RunningShop.class)
class ReviewsApiIT {

  private static final long PRODUCT = 91;
  private static final long ON_THE_PAGE = 92;

  /** One customer received both products in one delivered order (one checkout saga to wait on). */
  private static Shopper buyer;

  @BeforeAll
  static void aCustomerReceivesBothProducts() {
    buyer = deliveredBuyer(PRODUCT, ON_THE_PAGE);
  }

  @Test
  void aCustomerWhoReceivedTheProductReviewsItOnceAndItsRatingFollows() {
    var review = Map.of("rating", 4, "title", "Does the job", "body", "Sturdy and quiet.");
    buyer
        .api()
        .body(Map.of("rating", 9, "title", " ", "body", "x"))
        .post("products/{id}/reviews", PRODUCT)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("rating", "title")));
    buyer
        .api()
        .body(review)
        .post("products/{id}/reviews", PRODUCT)
        .then()
        .statusCode(201)
        .body("rating", equalTo(4))
        .body("title", equalTo("Does the job"));
    buyer.api().body(review).post("products/{id}/reviews", PRODUCT).then().statusCode(409);

    var reviews =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("size", 100)
            .get("api/products/{id}/reviews", PRODUCT)
            .then()
            .statusCode(200)
            .body("page", equalTo(1))
            .body("items.title", hasItem("Does the job"))
            .extract()
            .jsonPath();
    var count = reviews.getInt("total");
    var sum = reviews.getList("items.rating", Integer.class).stream().mapToInt(i -> i).sum();
    var average =
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);

    var product = product(PRODUCT);
    assertThat(product.getInt("reviewCount")).isEqualTo(count);
    assertThat(new BigDecimal(product.getString("rating"))).isEqualByComparingTo(average);
    var listed =
        given()
            .baseUri(RunningShop.baseUri().toString())
            // the name's first three words: the search takes "12.4-inch" for other words
            .queryParam(
                "q", String.join(" ", List.of(product.getString("name").split(" ")).subList(0, 3)))
            .queryParam("brand", product.getString("brand.slug"))
            .queryParam("category", product.getString("category.slug"))
            .get("api/search")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(listed.getList("items.id", String.class)).contains(Long.toString(PRODUCT));
    assertThat(listed.getInt("items.find { it.id == '" + PRODUCT + "' }.reviewCount"))
        .isEqualTo(count);
  }

  @Test
  void theProductPageOffersTheFormToAnEligibleCustomerAndShowsTheReview() {
    var slug = product(ON_THE_PAGE).getString("slug");
    var page = new PageClient();
    assertThat(page.get("p/" + slug).body()).doesNotContain("review-form");
    assertThat(page.signIn(buyer.email(), Shopper.PASSWORD)).isTrue();
    var form = page.get("p/" + slug).body();
    assertThat(form).contains("id=\"review-form\"");

    var refused =
        postReview(page, slug, form, Map.of("rating", "5", "title", " ", "body", "Lovely."));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"title-error\"").contains("Give a title of 1 to 120");

    var written =
        postReview(
            page, slug, refused.body(), Map.of("rating", "5", "title", "Lovely", "body", "Yes."));
    assertThat(written.statusCode()).isEqualTo(302);
    var after = page.get("p/" + slug).body();
    assertThat(after).contains("Lovely").contains("Thank you: your review is on the page.");
    assertThat(after).doesNotContain("review-form");
  }

  @Test
  void strangersAndAnonymousCallersCannotReview() {
    var review = Map.of("rating", 5, "title", "Great", "body", "Never bought it.");
    Shopper.register()
        .api()
        .body(review)
        .post("products/{id}/reviews", PRODUCT)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(review)
        .post("api/products/{id}/reviews", PRODUCT)
        .then()
        .statusCode(401);
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/products/999999/reviews")
        .then()
        .statusCode(404);
  }

  /** A new customer whose order of the products has been delivered. */
  private static Shopper deliveredBuyer(long... productIds) {
    var customer = Shopper.register();
    for (var productId : productIds) {
      var stock = Stock.of(productId, 5);
      customer.addToCart(stock.productId(), stock.variantId(), 1);
    }
    var orderId = customer.placeOrder("pm_card_visa");
    customer.awaitStatus(orderId, "confirmed");
    adminOrders()
        .body(Map.of("carrier", "DHL", "trackingNumber", "JD0001"))
        .put("{id}/shipment", orderId)
        .then()
        .statusCode(200);
    adminOrders().put("{id}/delivery", orderId).then().statusCode(200);
    return customer;
  }

  private static HttpResponse<String> postReview(
      PageClient page, String slug, String html, Map<String, String> fields) {
    var sent = new LinkedHashMap<String, String>();
    sent.put("review-form", "review-form");
    sent.put("jakarta.faces.ViewState", PageClient.viewState(html).orElseThrow());
    sent.put("slug", slug);
    sent.putAll(fields);
    sent.put("write-review", "write-review");
    return page.post("product.xhtml", sent);
  }

  private static JsonPath product(long id) {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/products/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static RequestSpecification adminOrders() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin/orders")
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }
}
