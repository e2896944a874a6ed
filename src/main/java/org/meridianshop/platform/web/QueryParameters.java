package org.meridianshop.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query string parameters a listing page understands (its {@code names}, in the order links
 * write them), as the request gave them: blanks dropped, repeats kept. Pages read them, drop the
 * invalid ones by name, and build links to other pages or filters that carry the rest along.
 */
public record QueryParameters(List<String> names, Map<String, List<String>> values) {

  public QueryParameters {
    names = List.copyOf(names);
    values = Map.copyOf(values);
  }

  public static QueryParameters from(Map<String, String[]> request, List<String> names) {
    var values = new LinkedHashMap<String, List<String>>();
    for (var name : names) {
      var given =
          Arrays.stream(request.getOrDefault(name, new String[0]))
              .map(String::strip)
              .filter(value -> !value.isEmpty())
              .toList();
      if (!given.isEmpty()) {
        values.put(name, given);
      }
    }
    return new QueryParameters(names, values);
  }

  public QueryParameters without(Collection<String> dropped) {
    var kept = new LinkedHashMap<>(values);
    kept.keySet().removeAll(dropped);
    return new QueryParameters(names, kept);
  }

  /** These parameters with some replaced (an empty list removes one), back on the first page. */
  public QueryParameters with(Map<String, List<String>> changes) {
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
    return new QueryParameters(names, changed);
  }

  /** The same parameters on another page; page 1 is left out of links. */
  public QueryParameters onPage(int page) {
    var changed = new LinkedHashMap<>(values);
    changed.remove("page");
    if (page > 1) {
      changed.put("page", List.of(Integer.toString(page)));
    }
    return new QueryParameters(names, changed);
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public String first(String name) {
    var given = all(name);
    return given.isEmpty() ? null : given.get(0);
  }

  /** {@code ?name=value&...} in the order of the names, or nothing when there are none. */
  public String queryString() {
    var query =
        names.stream()
            .flatMap(name -> all(name).stream().map(value -> encode(name) + "=" + encode(value)))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
