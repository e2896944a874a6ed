package org.meridianshop.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridianshop.search.SearchQuery;

/**
 * The parameters of a search page's URL as the shopper sent them, kept as text so forms can show
 * them again, invalid ones can be dropped by name, and links to other pages or facets carry the
 * rest of the state.
 */
record SearchParameters(Map<String, List<String>> values) {

  static final List<String> NAMES =
      List.of("q", "category", "brand", "minPrice", "maxPrice", "inStock", "sort", "page");

  SearchParameters {
    values = Map.copyOf(values);
  }

  static SearchParameters from(Map<String, String[]> request) {
    var values = new LinkedHashMap<String, List<String>>();
    for (var name : NAMES) {
      var given =
          Arrays.stream(request.getOrDefault(name, new String[0]))
              .map(String::strip)
              .filter(value -> !value.isEmpty())
              .toList();
      if (!given.isEmpty()) {
        values.put(name, given);
      }
    }
    return new SearchParameters(values);
  }

  /** The search these parameters ask for; throws InvalidInputException for bad values. */
  SearchQuery toQuery() {
    return SearchQuery.parse(
        first("q"),
        first("category"),
        String.join(",", all("brand")),
        first("minPrice"),
        first("maxPrice"),
        first("inStock"),
        first("sort"),
        first("page"),
        null);
  }

  SearchParameters without(Collection<String> names) {
    var kept = new LinkedHashMap<>(values);
    kept.keySet().removeAll(names);
    return new SearchParameters(kept);
  }

  /** These parameters with some replaced (an empty list removes one), back on the first page. */
  SearchParameters with(Map<String, List<String>> changes) {
    var changed = new LinkedHashMap<>(values);
    changed.remove("page");
    changes.forEach(
        (name, given) -> {
          if (given.isEmpty()) {
            changed.remove(name);
          } else {
            changed.put(name, given);
          }
        });
    return new SearchParameters(changed);
  }

  SearchParameters onPage(int page) {
    var changed = new LinkedHashMap<>(values);
    changed.remove("page");
    if (page > 1) {
      changed.put("page", List.of(Integer.toString(page)));
    }
    return new SearchParameters(changed);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  String first(String name) {
    var given = all(name);
    return given.isEmpty() ? null : given.get(0);
  }

  String queryString() {
    var query =
        NAMES.stream()
            .flatMap(name -> all(name).stream().map(value -> encode(name) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
