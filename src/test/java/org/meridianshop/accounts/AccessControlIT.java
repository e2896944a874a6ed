package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.ApiEndpoints;
import org.meridianshop.testing.ApiEndpoints.Endpoint;
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

  private static List<Endpoint> endpoints;

  @BeforeAll
  static void readTheEndpointsFromTheApiDescription() {
    endpoints = ApiEndpoints.described();
    assertThat(endpoints).extracting(AccessControlIT::access).contains(Access.values());
  }

  /** The access each part of the API needs; an endpoint nobody classified fails the test. */
  static Access access(Endpoint endpoint) {
    var path = endpoint.path();
    if (path.endsWith("/reviews") && endpoint.method().equals("post")) {
      return Access.CUSTOMER; // reading reviews is for anyone, writing one for who received it
    }
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
    for (var endpoint : endpoints) {
      var status = softly.assertThat(call(UsersApi.anyone(), endpoint)).as(endpoint.toString());
      if (access(endpoint) == Access.ANYONE) {
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
      if (access(endpoint) == Access.ADMIN) {
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
    return endpoints.stream().filter(e -> !e.path().equals("/api/users/logout")).toList();
  }

  private static int call(RequestSpecification request, Endpoint endpoint) {
    return endpoint.call(request, "1", endpoint.takesJson() ? "{}" : "").statusCode();
  }
}
