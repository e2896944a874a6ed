package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Only a customer whose order with the product was delivered reviews it, once; the product's rating
 * and review count follow at once in the product and in search results.
 */
@ExtendWith(RunningShop.class)
class ReviewsApiIT {

  private static final long PRODUCT = 91;

  @Test
  void aCustomerWhoReceivedTheProductReviewsItOnceAndItsRatingFollows() {
    var stock = Stock.of(PRODUCT, 5);
    var buyer = Shopper.register();
    buyer.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = buyer.placeOrder("pm_card_visa");
    buyer.awaitStatus(orderId, "confirmed");

    var review = Map.of("rating", 4, "title", "Does the job", "body", "Sturdy and quiet.");
    buyer.api().body(review).post("products/{id}/reviews", PRODUCT).then().statusCode(403);

    adminOrders()
        .body(Map.of("carrier", "DHL", "trackingNumber", "JD0001"))
        .put("{id}/shipment", orderId)
        .then()
        .statusCode(200);
    adminOrders().put("{id}/delivery", orderId).then().statusCode(200);

    buyer
        .api()
        .body(Map.of("rating", 9, "title", " ", "body", "x"))
        .post("products/{id}/reviews", PRODUCT)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(java.util.List.of("rating", "title")));
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

    var product =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .get("api/products/{id}", PRODUCT)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(product.getInt("reviewCount")).isEqualTo(count);
    assertThat(new BigDecimal(product.getString("rating"))).isEqualByComparingTo(average);
    var listed =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("q", product.getString("name"))
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

  private static RequestSpecification adminOrders() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin/orders")
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }
}
