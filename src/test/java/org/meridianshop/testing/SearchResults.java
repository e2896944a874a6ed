package org.meridianshop.testing;

import io.restassured.specification.RequestSpecification;
import java.util.List;

/** What the search API finds for a query: the products' ids, best match first. */
public final class SearchResults {

  private SearchResults() {}

  /** Sends the query (its server and parameters set by the caller) and reads the ids found. */
  public static List<String> ids(RequestSpecification query) {
    return query
        .get("api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }
}
