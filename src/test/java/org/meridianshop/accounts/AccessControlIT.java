package org.meridianshop.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/**
 * Every admin endpoint the API describes (read from its own OpenAPI document, so new ones are
 * covered as they come) refuses anonymous callers with 401 and customers with 403, and lets the
 * administrator past the access check.
 */
@ExtendWith(RunningShop.class)
class AccessControlIT {

  private static final List<Endpoint> ADMIN_ENDPOINTS = new ArrayList<>();

  @BeforeAll
  static void readTheAdminEndpointsFromTheApiDescription() {
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
        (path, operations) -> {
          if (path.startsWith("/api/admin")) {
            operations.keySet().forEach(method -> ADMIN_ENDPOINTS.add(new Endpoint(method, path)));
          }
        });
    assertThat(ADMIN_ENDPOINTS).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    expect(() -> UsersApi.anyone(), 401);
  }

  @Test
  void customersAreForbidden() {
    var customer = UsersApi.register().accessToken();
    expect(() -> UsersApi.as(customer), 403);
  }

  @Test
  void theAdministratorGetsPastTheCheck() {
    var admin = ApiLogin.adminToken();
    for (var endpoint : ADMIN_ENDPOINTS) {
      var status = call(UsersApi.as(admin), endpoint);
      assertThat(status).as(endpoint.toString()).isNotIn(401, 403).isLessThan(500);
    }
  }

  private static void expect(Supplier<RequestSpecification> caller, int refusal) {
    for (var endpoint : ADMIN_ENDPOINTS) {
      assertThat(call(caller.get(), endpoint)).as(endpoint.toString()).isEqualTo(refusal);
    }
  }

  private static int call(RequestSpecification request, Endpoint endpoint) {
    var path = endpoint.path().replaceAll("\\{[^}]+}", "1");
    return request
        .basePath("")
        .body("{}")
        .request(endpoint.method().toUpperCase(), path)
        .statusCode();
  }

  private record Endpoint(String method, String path) {}
}
