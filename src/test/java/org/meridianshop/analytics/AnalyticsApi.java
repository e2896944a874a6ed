package org.meridianshop.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.ApiLogin;
import org.meridianshop.testing.RunningShop;

/** The analytics admin API as tests use it: runs of the ETL for today, and today's figures. */
public final class AnalyticsApi {

  public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  public static final Duration RUN_PATIENCE = Duration.ofSeconds(30);

  private AnalyticsApi() {}

  public static RequestSpecification admin() {
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .basePath("api/admin/analytics")
        .auth()
        .oauth2(ApiLogin.adminToken());
  }

  /** Starts a run loading today (202), with options such as itemCount; its execution id. */
  public static long start(Map<String, Object> options) {
    var body = new HashMap<String, Object>(options);
    body.put("from", TODAY.toString());
    body.put("to", TODAY.toString());
    return admin()
        .contentType("application/json")
        .body(body)
        .post("runs")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("executionId");
  }

  /** Loads today, expects the run to complete, and returns today's dashboard. */
  public static JsonPath loaded() {
    assertThat(awaitEnd(start(Map.of())).getString("status")).isEqualTo("COMPLETED");
    return dashboard();
  }

  public static JsonPath awaitEnd(long executionId) {
    return awaitEnd(executionId, RUN_PATIENCE);
  }

  /** The run once it has ended, or as it stands when patience runs out (to fail on). */
  public static JsonPath awaitEnd(long executionId, Duration patience) {
    return InventoryApi.await(
        () -> run(executionId),
        r -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(r.getString("status")),
        patience);
  }

  public static JsonPath run(long executionId) {
    return admin().get("runs/{id}", executionId).then().statusCode(200).extract().jsonPath();
  }

  /** Today's loaded figures. */
  public static JsonPath dashboard() {
    return admin()
        .queryParam("from", TODAY.toString())
        .queryParam("to", TODAY.toString())
        .get("dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static JsonPath live() {
    return admin().get("live").then().statusCode(200).extract().jsonPath();
  }
}
