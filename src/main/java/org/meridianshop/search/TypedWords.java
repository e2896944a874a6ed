package org.meridianshop.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of what a shopper typed, stripped of everything a query syntax could read as an
 * operator, and the same words with the typos allowed: none up to 3 letters, one up to 6, two
 * beyond (so "lapotp" still finds "laptop" but "cat" does not find "car").
 */
record TypedWords(List<String> words) {

  static TypedWords of(String text) {
    var cleaned = text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return new TypedWords(
        cleaned.isEmpty() ? List.of() : Arrays.stream(cleaned.split(" ")).toList());
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  String plain() {
    return String.join(" ", words);
  }

  String fuzzy() {
    return words.stream().map(TypedWords::tolerant).collect(Collectors.joining(" "));
  }

  static int allowedEdits(String word) {
    var length = word.codePointCount(0, word.length());
    return length <= 3 ? 0 : length <= 6 ? 1 : 2;
  }

  private static String tolerant(String word) {
    var edits = allowedEdits(word);
    return edits == 0 ? word : word + "~" + edits;
  }
}
