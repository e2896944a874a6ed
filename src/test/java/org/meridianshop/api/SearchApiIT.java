package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridianshop.testing.RunningShop;

/**
 * Product search as an app uses it, on the demo catalog: relevance, typo tolerance, filters, facet
 * counts that agree with the catalog's lists, sort orders, suggestions and bad input.
 */
@ExtendWith(RunningShop.class)
class SearchApiIT {

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

  private static JsonPath search(Map<String, ?> parameters) {
    return given()
        .queryParams(parameters)
        .get("search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long listTotal(Map<String, ?> parameters) {
    return given().queryParams(parameters).get("products").jsonPath().getLong("total");
  }

  private static boolean namesLaptop(String name) {
    return name.toLowerCase(Locale.ROOT).contains("laptop");
  }

  @Test
  void productsNamedLaptopRankAboveThoseOnlyDescribedWithIt() {
    List<String> names = search(Map.of("q", "laptop", "size", 100)).getList("items.name");
    var named = names.stream().filter(SearchApiIT::namesLaptop).count();
    assertThat(named).isGreaterThanOrEqualTo(10);
    assertThat(names.size()).isGreaterThan((int) named);
    assertThat(names.subList(0, (int) named)).allMatch(SearchApiIT::namesLaptop);
  }

  @Test
  void aTypoStillFindsLaptops() {
    var page = search(Map.of("q", "lapotp"));
    assertThat(page.getLong("total")).isPositive();
    assertThat(page.getString("items[0].name")).containsIgnoringCase("laptop");
  }

  @Test
  void resultsHaveTheShapeOfProductListsTwentyToAPage() {
    var page = search(Map.of());
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(20);
    assertThat(page.getList("items")).hasSize(20);
    assertThat(page.getLong("total")).isEqualTo(listTotal(Map.of()));
    assertThat(page.getMap("items[0]"))
        .containsKeys("id", "name", "slug", "price", "images", "rating", "brand", "inStock");
    assertThat(page.getMap("facets")).containsKeys("category", "brand", "price");
  }

  @Test
  void aBrandFilterKeepsOnlyThatBrand() {
    var page = search(Map.of("q", "laptop", "brand", "northwind"));
    assertThat(page.getLong("total")).isPositive();
    assertThat(page.getList("items.brand.slug", String.class)).containsOnly("northwind");
  }

  @Test
  void aPriceFilterKeepsPricesInTheRange() {
    var page = search(Map.of("minPrice", "100", "maxPrice", "250", "size", 100));
    assertThat(page.getLong("total")).isPositive();
    assertThat(page.getList("items.price.amount", String.class))
        .map(BigDecimal::new)
        .allMatch(p -> p.compareTo(new BigDecimal("100")) >= 0)
        .allMatch(p -> p.compareTo(new BigDecimal("250")) <= 0);
  }

  @Test
  void aDepartmentIncludesItsSubcategories() {
    var department = given().get("categories").jsonPath().getString("items[0].slug");
    var page = search(Map.of("category", department));
    assertThat(page.getLong("total")).isEqualTo(listTotal(Map.of("category", department)));
    assertThat(page.getList("facets.category")).hasSizeGreaterThan(1);
  }

  @Test
  void facetCountsEqualTheCatalogsTotalsForTheSameFilter() {
    var department = given().get("categories").jsonPath().getString("items[0].slug");
    Map<String, Object> facets = search(Map.of("category", department)).getMap("facets");
    for (var value : values(facets, "brand")) {
      var filter = Map.of("category", department, "brand", value.get("value"));
      assertThat(((Number) value.get("count")).longValue())
          .as("brand %s", value.get("value"))
          .isEqualTo(listTotal(filter));
    }
    for (var value : values(facets, "category")) {
      assertThat(((Number) value.get("count")).longValue())
          .as("category %s", value.get("value"))
          .isEqualTo(listTotal(Map.of("category", value.get("value"))));
    }
    Map<String, Object> all = search(Map.of()).getMap("facets");
    for (var band : values(all, "price")) {
      var filter = new java.util.HashMap<String, Object>(Map.of("minPrice", band.get("from")));
      if (band.get("to") != null) {
        filter.put(
            "maxPrice", new BigDecimal(band.get("to").toString()).subtract(new BigDecimal("0.01")));
      }
      assertThat(((Number) band.get("count")).longValue())
          .as("price from %s", band.get("from"))
          .isEqualTo(listTotal(filter));
    }
  }

  @Test
  void choosingABrandOrAPriceKeepsTheOtherValuesOnOfferWithTheirCounts() {
    var department = given().get("categories").jsonPath().getString("items[0].slug");
    var unfiltered = search(Map.of("category", department));
    var brands = values(unfiltered.getMap("facets"), "brand");
    assertThat(brands).hasSizeGreaterThan(1);
    var chosen = brands.get(0);

    var byBrand = search(Map.of("category", department, "brand", chosen.get("value")));

    assertThat(byBrand.getLong("total")).isEqualTo(((Number) chosen.get("count")).longValue());
    assertThat(values(byBrand.getMap("facets"), "brand")).isEqualTo(brands);
    assertThat(sumOfCounts(values(byBrand.getMap("facets"), "price")))
        .as("the price bands count only the chosen brand's products")
        .isEqualTo(byBrand.getLong("total"));

    var cheapest = values(unfiltered.getMap("facets"), "price").get(0);
    var byPrice = search(Map.of("category", department, "minPrice", cheapest.get("to")));

    assertThat(byPrice.getLong("total")).isLessThan(unfiltered.getLong("total"));
    assertThat(values(byPrice.getMap("facets"), "price"))
        .isEqualTo(values(unfiltered.getMap("facets"), "price"));
  }

  private static long sumOfCounts(List<Map<String, Object>> values) {
    return values.stream().mapToLong(value -> ((Number) value.get("count")).longValue()).sum();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> values(Map<String, Object> facets, String name) {
    var values = (List<Map<String, Object>>) facets.get(name);
    assertThat(values).isNotEmpty();
    return values;
  }

  @ParameterizedTest
  @CsvSource({"newest", "price_asc", "price_desc", "rating"})
  void withoutWordsTheOrderIsTheCatalogsOrder(String sort) {
    var searched = search(Map.of("sort", sort, "size", 50)).getList("items.id");
    var listed = given().queryParam("sort", sort).queryParam("size", 50).get("products");
    if (!sort.equals("rating")) {
      assertThat(searched).isEqualTo(listed.jsonPath().getList("items.id"));
    }
    if (sort.startsWith("price")) {
      var prices =
          search(Map.of("q", "laptop", "sort", sort, "size", 50))
              .getList("items.price.amount", String.class)
              .stream()
              .map(BigDecimal::new)
              .toList();
      Comparator<BigDecimal> order =
          sort.equals("price_asc") ? Comparator.naturalOrder() : Comparator.reverseOrder();
      assertThat(prices).isSortedAccordingTo(order);
    }
  }

  @Test
  void topRatedComesFirstWhenSortedByRating() {
    var ratings =
        search(Map.of("q", "laptop", "sort", "rating", "size", 50))
            .getList("items.rating", String.class)
            .stream()
            .map(r -> r == null ? BigDecimal.ZERO : new BigDecimal(r))
            .toList();
    assertThat(ratings).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void pricesComeInTheAskedCurrency() {
    given()
        .queryParam("q", "laptop")
        .header("Accept-Currency", "EUR")
        .get("search")
        .then()
        .statusCode(200)
        .body("items[0].price.currency", equalTo("EUR"));
  }

  @Test
  void theCurrencyParameterWinsOverTheHeaderAndAnUnknownHeaderIsRefused() {
    given()
        .queryParams("q", "laptop", "currency", "JPY")
        .header("Accept-Currency", "EUR")
        .get("search")
        .then()
        .statusCode(200)
        .body("items.price.currency", everyItem(equalTo("JPY")))
        .body("items[0].price.amount", not(containsString(".")));
    given()
        .queryParam("q", "laptop")
        .header("Accept-Currency", "XYZ")
        .get("search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("currency"));
  }

  @Test
  void suggestionsStartFromTheSecondCharacter() {
    assertThat(suggestions("l")).isEmpty();
    var suggestions = suggestions("la");
    assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    assertThat(suggestions).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("laptop"));
    assertThat(suggestions("lapt")).allMatch(s -> s.toLowerCase(Locale.ROOT).contains("lapt"));
  }

  private static List<String> suggestions(String typed) {
    return given()
        .queryParam("q", typed)
        .get("search/suggest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("suggestions", String.class);
  }

  @ParameterizedTest
  @CsvSource({
    "sort, cheapest",
    "page, 0",
    "size, 101",
    "minPrice, cheap",
    "inStock, maybe",
    "currency, XYZ"
  })
  void badParametersAreRefusedNamingTheField(String field, String value) {
    given()
        .queryParam(field, value)
        .get("search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }
}
