package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridianshop.testing.RunningShop;

/** The catalog API as a mobile app uses it: categories, product lists, products, errors. */
@ExtendWith(RunningShop.class)
class CatalogApiIT {

  @BeforeAll
  static void pointRestAssuredAtTheShop() {
    RestAssured.baseURI = RunningShop.baseUri().toString();
    RestAssured.basePath = "api";
  }

  /** The next test class starts from REST Assured's defaults, not from this one's base path. */
  @AfterAll
  static void forgetTheShop() {
    RestAssured.reset();
  }

  @Test
  void categoriesFormATwoLevelTree() {
    var tree = given().get("categories").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> departments = tree.getList("items");
    assertThat(departments).hasSizeGreaterThanOrEqualTo(3);
    int subcategories = tree.getList("items.children.flatten()").size();
    assertThat(departments.size() + subcategories).isGreaterThanOrEqualTo(12);
    assertThat(tree.getList("items.children.flatten().children.flatten()")).isEmpty();
  }

  @Test
  void productListsComeTwentyToAPageNewestFirst() {
    var page =
        given()
            .get("products")
            .then()
            .statusCode(200)
            .body("page", equalTo(1))
            .extract()
            .jsonPath();
    assertThat(page.getInt("size")).isEqualTo(20);
    assertThat(page.getList("items")).hasSize(20);
    assertThat(page.getLong("total")).isGreaterThanOrEqualTo(300);
    var first = page.getMap("items[0]");
    assertThat(first)
        .containsKeys(
            "id",
            "name",
            "slug",
            "price",
            "images",
            "rating",
            "reviewCount",
            "brand",
            "category",
            "inStock");
    assertThat(page.getString("items[0].price.amount")).matches("\\d+\\.\\d{2}");
    assertThat(page.getString("items[0].price.currency")).isEqualTo("USD");
    assertThat(page.getList("items.images.flatten()")).isNotEmpty();
  }

  @Test
  void pagesDoNotOverlapAndTheLastOneIsPartial() {
    var total = given().get("products").jsonPath().getLong("total");
    var firstIds = given().queryParam("size", 50).get("products").jsonPath().getList("items.id");
    var secondIds =
        given()
            .queryParam("size", 50)
            .queryParam("page", 2)
            .get("products")
            .jsonPath()
            .getList("items.id");
    assertThat(firstIds).hasSize(50).doesNotContainAnyElementsOf(secondIds);
    var lastPage = (int) ((total + 99) / 100);
    given()
        .queryParam("size", 100)
        .queryParam("page", lastPage)
        .get("products")
        .then()
        .statusCode(200)
        .body("items", hasSize((int) (total - (lastPage - 1) * 100L)));
  }

  @Test
  void aDepartmentListsTheProductsOfItsSubcategories() {
    var tree = given().get("categories").jsonPath();
    var department = tree.getString("items[0].slug");
    List<String> children = tree.getList("items[0].children.slug");
    var departmentTotal = totalOf(Map.of("category", department));
    var sum = children.stream().mapToLong(child -> totalOf(Map.of("category", child))).sum();
    assertThat(departmentTotal).isPositive().isEqualTo(sum);
    given()
        .queryParam("category", children.get(0))
        .get("products")
        .then()
        .body("items.category.slug", everyItem(equalTo(children.get(0))));
  }

  @Test
  void filtersByBrandPriceAndStock() {
    var brand = given().get("products").jsonPath().getString("items[0].brand.slug");
    given()
        .queryParam("brand", brand)
        .queryParam("size", 100)
        .get("products")
        .then()
        .statusCode(200)
        .body("items.brand.slug", everyItem(equalTo(brand)));

    var prices =
        given()
            .queryParams("minPrice", "50", "maxPrice", "200", "size", "100")
            .get("products")
            .jsonPath()
            .getList("items.price.amount", String.class);
    assertThat(prices)
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(new BigDecimal(p))
                    .isBetween(new BigDecimal("50"), new BigDecimal("200")));

    var all = totalOf(Map.of());
    var inStock = totalOf(Map.of("inStock", "true"));
    assertThat(inStock).isPositive().isLessThan(all);
    given()
        .queryParams("inStock", "true", "size", "100")
        .get("products")
        .then()
        .body("items.inStock", everyItem(equalTo(true)));
  }

  @Test
  void sortsByPriceRatingAndNewest() {
    assertSorted("price_asc", "items.price.amount", Comparator.naturalOrder());
    assertSorted("price_desc", "items.price.amount", Comparator.reverseOrder());
    assertSorted("rating", "items.rating", Comparator.reverseOrder());
  }

  @Test
  void aProductShowsItsDescriptionVariantsAndStock() {
    var id = given().get("products").jsonPath().getString("items[0].id");
    given()
        .get("products/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("description", not(equalTo("")))
        .body("variants.size()", greaterThanOrEqualTo(1))
        .body("variants[0].sku", not(equalTo("")))
        .body("stockStatus", org.hamcrest.Matchers.oneOf("in_stock", "low_stock", "out_of_stock"))
        .body("images.size()", greaterThanOrEqualTo(1));
  }

  @Test
  void pricesCanBeShownInAnotherCurrency() {
    var id = given().get("products").jsonPath().getString("items[0].id");
    var usd = new BigDecimal(given().get("products/" + id).jsonPath().getString("price.amount"));
    var jpy = given().queryParam("currency", "JPY").get("products/" + id).jsonPath();
    assertThat(jpy.getString("price.currency")).isEqualTo("JPY");
    assertThat(jpy.getString("price.amount")).doesNotContain(".");
    assertThat(new BigDecimal(jpy.getString("price.amount")))
        .isGreaterThan(usd.multiply(BigDecimal.valueOf(100)));
    given()
        .header("Accept-Currency", "EUR")
        .get("products")
        .then()
        .body("items.price.currency", everyItem(equalTo("EUR")));
  }

  @Test
  void everyPriceEndpointTakesTheCurrencyAsParameterOrHeaderAndTheParameterWins() {
    var id = given().get("products").jsonPath().getString("items[0].id");
    given()
        .queryParam("currency", "GBP")
        .get("products")
        .then()
        .statusCode(200)
        .body("items.price.currency", everyItem(equalTo("GBP")));
    given()
        .header("Accept-Currency", "INR")
        .get("products/" + id)
        .then()
        .statusCode(200)
        .body("price.currency", equalTo("INR"))
        .body("variants.price.currency", everyItem(equalTo("INR")));
    given()
        .queryParam("currency", "CAD")
        .header("Accept-Currency", "AUD")
        .get("products/" + id)
        .then()
        .body("price.currency", equalTo("CAD"));
  }

  @Test
  void anUnknownCurrencyIsA400OnTheProductToo() {
    var id = given().get("products").jsonPath().getString("items[0].id");
    given()
        .queryParam("currency", "CHF")
        .get("products/" + id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("currency"));
    given()
        .header("Accept-Currency", "XYZ")
        .get("products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("currency"));
  }

  @ParameterizedTest
  @CsvSource({
    "size=abc, size",
    "size=0, size",
    "size=101, size",
    "page=0, page",
    "page=x, page",
    "minPrice=-1, minPrice",
    "maxPrice=cheap, maxPrice",
    "sort=bogus, sort",
    "inStock=maybe, inStock",
    "currency=XYZ, currency"
  })
  void badParametersAreA400ProblemNamingTheField(String parameter, String field) {
    var pair = parameter.split("=");
    given()
        .queryParam(pair[0], pair[1])
        .get("products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", equalTo("Invalid input"))
        .body("errors.field", hasItem(field));
  }

  @Test
  void aMinimumAboveTheMaximumIsRefused() {
    given()
        .queryParams("minPrice", "500", "maxPrice", "100")
        .get("products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("maxPrice"));
  }

  @ParameterizedTest
  @CsvSource({"products/99999999", "products/not-a-number", "products?category=no-such-category"})
  void unknownThingsAreA404Problem(String path) {
    given()
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void wrongMethodsAndAddressesAnswerWithProblemsNotStackTraces() {
    given().post("products").then().statusCode(405).contentType("application/problem+json");
    given()
        .get("no-such-endpoint")
        .then()
        .statusCode(404)
        .body(not(containsString("Exception")))
        .body(not(containsString("at org.")));
  }

  private static long totalOf(Map<String, String> query) {
    return given()
        .queryParams(query)
        .get("products")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static void assertSorted(String sort, String path, Comparator<BigDecimal> order) {
    JsonPath page = given().queryParams("sort", sort, "size", "100").get("products").jsonPath();
    var values = page.getList(path, String.class).stream().map(BigDecimal::new).toList();
    assertThat(values).hasSize(100).isSortedAccordingTo(order);
  }
}
