package org.meridianshop.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation the shop's API describes in its own OpenAPI document, so tests that sweep the
 * whole API cover a new endpoint as soon as it exists.
 */
public final class ApiEndpoints {

  /** The keys of an OpenAPI path item that are operations (the others describe the path). */
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /**
   * One operation: its method, its path template, the type of body it takes and the names of its
   * query parameters.
   */
  public record Endpoint(String method, String path, String mediaType, List<String> query) {

    public boolean takesJson() {
      return mediaType.contains("json");
    }

    public boolean takesBody() {
      return !method.equals("get") && !method.equals("delete");
    }

    /** Calls the operation with every path parameter set to {@code id} and the given body. */
    public Response call(RequestSpecification request, String id, String body) {
      return request
          .basePath("")
          .contentType(mediaType)
          .body(body)
          .request(method.toUpperCase(), pathWith(id));
    }

    /** The path with every path parameter set to {@code id}. */
    public String pathWith(String id) {
      return path.replaceAll("\\{[^}]+}", id);
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private ApiEndpoints() {}

  public static List<Endpoint> described() {
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
    var endpoints = new ArrayList<Endpoint>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (METHODS.contains(method)) {
                    endpoints.add(
                        new Endpoint(
                            method, path, mediaType(operation), queryParameters(operation)));
                  }
                }));
    return List.copyOf(endpoints);
  }

  @SuppressWarnings("unchecked")
  private static List<String> queryParameters(Object operation) {
    var parameters =
        (List<Map<String, Object>>) ((Map<String, Object>) operation).get("parameters");
    if (parameters == null) {
      return List.of();
    }
    return parameters.stream()
        .filter(p -> "query".equals(p.get("in")))
        .map(p -> (String) p.get("name"))
        .toList();
  }

  /** The type of body the operation takes (JSON when it takes none). */
  @SuppressWarnings("unchecked")
  private static String mediaType(Object operation) {
    var body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
    if (body == null) {
      return "application/json";
    }
    return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
  }
}
