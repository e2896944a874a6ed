package org.meridianshop.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds the autocomplete list: brands and categories whose name has a word starting as typed come
 * first (they lead to many products), then product names from the index's edge n-grams; no name
 * twice, at most {@value ProductIndex#MAX_SUGGESTIONS}.
 */
final class Suggestions {

  private static final int MAX_PLACES = 3;

  private Suggestions() {}

  static List<String> of(String typed, FacetNames names, ProductIndex index) {
    var words = TypedWords.of(typed.toLowerCase(Locale.ROOT)).words();
    if (words.isEmpty()) {
      return List.of();
    }
    var places =
        Stream.concat(names.brandNames().values().stream(), names.categoryNames().values().stream())
            .filter(name -> startsAsTyped(name, words))
            .sorted()
            .limit(MAX_PLACES);
    var distinct = new LinkedHashMap<String, String>();
    Stream.concat(places, index.namesStartingWith(typed).stream())
        .forEach(name -> distinct.putIfAbsent(name.toLowerCase(Locale.ROOT), name));
    return distinct.values().stream().limit(ProductIndex.MAX_SUGGESTIONS).toList();
  }

  /** Every typed word begins some word of the name. */
  static boolean startsAsTyped(String name, List<String> typedWords) {
    var nameWords = TypedWords.of(name.toLowerCase(Locale.ROOT)).words();
    return typedWords.stream().allMatch(t -> nameWords.stream().anyMatch(w -> w.startsWith(t)));
  }
}
