package org.meridianshop.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Administrators manage the catalog through the API: products from draft to sale to archive, their
 * variants and pictures, brands and categories; every change shows to shoppers and in search.
 */
@ExtendWith(RunningShop.class)
class CatalogAdminApiIT {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  @BeforeAll
  static void pointRestAssuredAtTheShop() {
    RestAssured.baseURI = RunningShop.baseUri().toString();
    RestAssured.basePath = "";
  }

  @Test
  void aProductGoesFromDraftToSaleWithVariantsAndPicturesAndIsArchived() {
    var word = uniqueWord();
    var brand = create("brands", Map.of("name", "Brand " + word)).getString("id");
    var aisle = aisle("Aisle " + word);

    admin()
        .body(Map.of("name", " ", "brandId", brand, "price", "-1"))
        .post("products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("name", "slug", "categoryId", "price")));

    var created = create("products", draft("Lamp " + word, brand, aisle, "draft"));
    var id = created.getString("id");
    assertThat(created.getString("slug")).isEqualTo("lamp-" + word);
    assertThat(created.getString("status")).isEqualTo("draft");
    shopper().get("products/{id}", id).then().statusCode(404);
    admin()
        .queryParam("q", word)
        .queryParam("status", "draft")
        .get("products")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    admin()
        .body(draft("Lamp " + word, brand, aisle, "draft"))
        .post("products")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("slug"));

    var variant =
        Map.of("sku", "LAMP-" + word, "price", 24.5, "attributes", Map.of("colour", "red"));
    admin()
        .body(variant)
        .post("products/{id}/variants", id)
        .then()
        .statusCode(201)
        .body("name", equalTo("red"));
    admin()
        .body(variant)
        .post("products/{id}/variants", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sku"));

    var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
    admin()
        .body(Map.of("image", Base64.getEncoder().encodeToString(svg.getBytes())))
        .post("products/{id}/images", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("image"))
        .body("errors[0].message", equalTo("Upload a JPEG, PNG or WebP picture."));
    var url =
        admin()
            .body(Map.of("image", Base64.getEncoder().encodeToString(PNG), "alt", "The lamp, lit"))
            .post("products/{id}/images", id)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("images[0].url");
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get(url)
        .then()
        .statusCode(200)
        .contentType("image/png")
        .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
        .header("ETag", containsString(url.substring("/media/".length())));

    admin()
        .body(draft("Lamp " + word + " deluxe", brand, aisle, "active"))
        .put("products/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("active"));
    shopper()
        .get("products/{id}", id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Lamp " + word + " deluxe"))
        .body("images[0].url", equalTo(url))
        .body("variants[0].sku", equalTo("LAMP-" + word.toUpperCase()));
    SearchFreshnessIT.awaitIds(word, ids -> ids.contains(id));

    admin().delete("products/{id}", id).then().statusCode(200).body("status", equalTo("archived"));
    shopper().get("products/{id}", id).then().statusCode(404);
    SearchFreshnessIT.awaitIds(word, List::isEmpty);
  }

  @Test
  void renamedBrandsAndCategoriesAreFoundInSearchAndABrandInUseIsNotDeleted() {
    var word = uniqueWord();
    var brand = create("brands", Map.of("name", "Old " + word)).getString("id");
    var aisle = aisle("Kettles " + word);
    var product =
        create("products", draft("Kettle " + word, brand, aisle, "active")).getString("id");
    var newName = uniqueWord();
    assertThat(SearchFreshnessIT.ids(newName)).isEmpty();

    admin()
        .body(Map.of("name", "New " + newName))
        .put("brands/{id}", brand)
        .then()
        .statusCode(200)
        .body("name", equalTo("New " + newName))
        .body("products", equalTo(1));
    SearchFreshnessIT.awaitIds(newName, ids -> ids.contains(product));
    shopper().get("products/{id}", product).then().body("brand.name", equalTo("New " + newName));

    var aisleName = uniqueWord();
    admin().body(Map.of("name", aisleName)).put("categories/{id}", aisle).then().statusCode(200);
    SearchFreshnessIT.awaitIds(aisleName, ids -> ids.contains(product));

    admin()
        .delete("brands/{id}", brand)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("still has 1 products"));
    admin().delete("products/{id}", product).then().statusCode(200);
    var unused = create("brands", Map.of("name", "Unused " + word)).getString("id");
    admin().delete("brands/{id}", unused).then().statusCode(204);
    admin().get("brands").then().body("id", org.hamcrest.Matchers.not(hasItem(unused)));
    admin()
        .body(Map.of("name", "New " + newName))
        .post("brands")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
  }

  @Test
  void categoriesFormATwoLevelTreeAndAFullOneIsNotDeleted() {
    var word = uniqueWord();
    var department = create("categories", Map.of("name", "Dept " + word)).getString("id");
    var aisle =
        create("categories", Map.of("name", "Aisle " + word, "parentId", department))
            .getString("id");
    admin()
        .body(Map.of("name", "Deeper " + word, "parentId", aisle))
        .post("categories")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parent"));
    admin()
        .body(Map.of("name", "Renamed " + word))
        .put("categories/{id}", aisle)
        .then()
        .statusCode(200)
        .body("parent", equalTo("Dept " + word));
    admin().delete("categories/{id}", department).then().statusCode(409);
    admin().delete("categories/{id}", aisle).then().statusCode(204);
    admin().delete("categories/{id}", department).then().statusCode(204);
  }

  @Test
  void onlyAdministratorsManageTheCatalog() {
    given()
        .baseUri(RunningShop.baseUri().toString())
        .get("api/admin/brands")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(Map.of("name", "x"))
        .post("api/admin/products")
        .then()
        .statusCode(401);
  }

  static Map<String, Object> draft(String name, String brand, String category, String status) {
    var draft = new HashMap<String, Object>();
    draft.put("name", name);
    draft.put("description", "A test product: " + name);
    draft.put("brandId", brand);
    draft.put("categoryId", category);
    draft.put("status", status);
    draft.put("price", 19.99);
    draft.put("attributes", Map.of("material", "steel"));
    return draft;
  }

  private static String aisle(String name) {
    var department = admin().get("categories").jsonPath().getString("find { !it.parentId }.id");
    return create("categories", Map.of("name", name, "parentId", department)).getString("id");
  }

  private static JsonPath create(String what, Map<String, ?> body) {
    return admin().body(body).post(what).then().statusCode(201).extract().jsonPath();
  }

  static String uniqueWord() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static RequestSpecification admin() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin")
        .auth()
        .oauth2(ApiLogin.adminToken())
        .contentType("application/json");
  }

  private static RequestSpecification shopper() {
    return given().baseUri(RunningShop.baseUri().toString()).basePath("api");
  }
}
