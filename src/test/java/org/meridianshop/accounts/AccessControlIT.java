package org.meridianshop.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Who may call what, for every endpoint the API describes (read from its own OpenAPI document, so a
 * new endpoint fails this test until someone decides who may call it): anonymous callers, a
 * customer and the administrator, each against the access the endpoint needs. A caller who may not
 * is refused (401 asks to sign in, 403 forbids); a caller who may gets past the check, and nobody
 * gets a 500 for the test's empty bodies and unknown ids.
 */
@ExtendWith(RunningShop.class)
class AccessControlIT {

  /** Who may call an endpoint. */
  enum Access {
    ANYONE,
    CUSTOMER,
    ADMIN
  }

  /** The keys of an OpenAPI path item that are operations (the others describe the path). */
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private static final List<Endpoint> ENDPOINTS = new ArrayList<>();

  @BeforeAll
  static void readTheEndpointsFromTheApiDescription() {
    Map<String, Map<String, Object>> paths =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .queryParam("format", "JSON")
            .get("openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (METHODS.contains(method)) {
                    ENDPOINTS.add(new Endpoint(method, path, mediaType(operation), access(path)));
                  }
                }));
    assertThat(ENDPOINTS).extracting(Endpoint::access).contains(Access.values());
  }

  /** The access each part of the API needs; an endpoint nobody classified fails the test. */
  static Access access(String path) {
    if (path.startsWith("/api/admin/") || path.startsWith("/api/inventory")) {
      return Access.ADMIN;
    }
    if (path.startsWith("/api/users/me") || path.startsWith("/api/orders")) {
      return Access.CUSTOMER;
    }
    if (path.startsWith("/api/users/")
        || path.startsWith("/api/products")
        || path.startsWith("/api/categories")
        || path.startsWith("/api/search")
        || path.startsWith("/api/cart") // a guest's cart lives under a cookie
        || path.startsWith("/api/payments/")) { // Stripe's webhook and the offline bank page
      return Access.ANYONE;
    }
    throw new AssertionError("Nobody decided who may call " + path);
  }

  @Test
  void anonymousCallersAreAskedToSignInWhereTheyMustBeSignedIn() {
    var softly = new SoftAssertions();
    for (var endpoint : ENDPOINTS) {
      var status = softly.assertThat(call(UsersApi.anyone(), endpoint)).as(endpoint.toString());
      if (endpoint.access() == Access.ANYONE) {
        status.isNotIn(401, 403).isLessThan(500);
      } else {
        status.isEqualTo(401);
      }
    }
    softly.assertAll();
  }

  @Test
  void customersAreForbiddenTheConsoleAndLetThroughTheRest() {
    var customer = UsersApi.register().accessToken();
    var softly = new SoftAssertions();
    for (var endpoint : signedInCalls()) {
      var status = softly.assertThat(call(UsersApi.as(customer), endpoint)).as(endpoint.toString());
      if (endpoint.access() == Access.ADMIN) {
        status.isEqualTo(403);
      } else {
        status.isNotIn(401, 403).isLessThan(500);
      }
    }
    softly.assertAll();
  }

  @Test
  void theAdministratorGetsPastEveryCheck() {
    var admin = ApiLogin.adminToken();
    var softly = new SoftAssertions();
    for (var endpoint : signedInCalls()) {
      softly
          .assertThat(call(UsersApi.as(admin), endpoint))
          .as(endpoint.toString())
          .isNotIn(401, 403)
          .isLessThan(500);
    }
    softly.assertAll();
  }

  /** Every endpoint but signing out, which would end the caller's session halfway through. */
  private static List<Endpoint> signedInCalls() {
    return ENDPOINTS.stream().filter(e -> !e.path().equals("/api/users/logout")).toList();
  }

  /** The type of body the operation takes (JSON when it takes none), so it is matched. */
  @SuppressWarnings("unchecked")
  private static String mediaType(Object operation) {
    var body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
    if (body == null) {
      return "application/json";
    }
    return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
  }

  private static int call(RequestSpecification request, Endpoint endpoint) {
    var path = endpoint.path().replaceAll("\\{[^}]+}", "1");
    return request
        .basePath("")
        .contentType(endpoint.mediaType())
        .body(endpoint.mediaType().contains("json") ? "{}" : "")
        .request(endpoint.method().toUpperCase(), path)
        .statusCode();
  }

  private record Endpoint(String method, String path, String mediaType, Access access) {}
}
