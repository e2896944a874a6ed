package org.meridianshop.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.meridianshop.catalog.ProductQuery;

/**
 * The filter, sort and page parameters of a category listing's URL, exactly as the shopper sent
 * them. They are kept as text so the form can show them again, invalid ones can be dropped by name,
 * and links to other pages carry the same state.
 */
record ListingParameters(Map<String, List<String>> values) {

  /** The parameter names the listing understands; they match ProductQuery's field names. */
  static final List<String> NAMES =
      List.of("brand", "minPrice", "maxPrice", "inStock", "sort", "page");

  ListingParameters {
    values = Map.copyOf(values);
  }

  static ListingParameters from(Map<String, String[]> request) {
    var values = new LinkedHashMap<String, List<String>>();
    for (var name : NAMES) {
      var given =
          Arrays.stream(request.getOrDefault(name, new String[0]))
              .map(String::trim)
              .filter(value -> !value.isEmpty())
              .toList();
      if (!given.isEmpty()) {
        values.put(name, given);
      }
    }
    return new ListingParameters(values);
  }

  /** The catalog query for this category; throws InvalidInputException for bad values. */
  ProductQuery toQuery(String category) {
    return ProductQuery.parse(
        category,
        String.join(",", all("brand")),
        first("minPrice"),
        first("maxPrice"),
        first("inStock"),
        first("sort"),
        first("page"),
        null);
  }

  ListingParameters without(Collection<String> names) {
    var kept = new LinkedHashMap<>(values);
    kept.keySet().removeAll(names);
    return new ListingParameters(kept);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  String first(String name) {
    var given = all(name);
    return given.isEmpty() ? null : given.get(0);
  }

  /** The query string for another page of the same listing; page 1 is left out. */
  String queryStringForPage(int page) {
    var pairs =
        NAMES.stream()
            .filter(name -> !name.equals("page"))
            .flatMap(name -> all(name).stream().map(value -> encode(name) + "=" + encode(value)));
    var pagePair = page > 1 ? Stream.of("page=" + page) : Stream.<String>empty();
    var query = Stream.concat(pairs, pagePair).collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
