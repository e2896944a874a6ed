package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** Product pictures are served by the shop itself, cached for long and safe to open. */
@ExtendWith(RunningShop.class)
class ProductImagesIT {

  @BeforeAll
  static void pointRestAssuredAtTheShop() {
    RestAssured.baseURI = RunningShop.baseUri().toString();
    RestAssured.basePath = "";
  }

  @Test
  void everyListedProductHasAPictureTheShopServes() {
    var url = given().get("api/products").jsonPath().getString("items[0].images[0].url");
    assertThat(url).startsWith("/media/");
    var etag =
        given()
            .get(url)
            .then()
            .statusCode(200)
            .contentType("image/svg+xml")
            .header("Cache-Control", containsString("max-age="))
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", containsString("default-src 'none'"))
            .body(startsWith("<svg"))
            .extract()
            .header("ETag");
    given().header("If-None-Match", etag).get(url).then().statusCode(304);
  }

  @Test
  void unknownPicturesAreNotFound() {
    given().get("media/999999999").then().statusCode(404);
    given().get("media/not-a-number").then().statusCode(404);
  }
}
