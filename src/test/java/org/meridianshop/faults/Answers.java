package org.meridianshop.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.meridianshop.faults.ShopLoad.Answer;

/** The answers a {@link ShopLoad} got, to count and to pick from by time and kind. */
record Answers(List<Answer> all) {

  /** The answers to requests under way at some moment of {@code [from, to)}. */
  Answers underWayBetween(Instant from, Instant to) {
    return where(a -> a.sent().isBefore(to) && !a.sent().plus(a.took()).isBefore(from));
  }

  /** The answers to requests sent from {@code from} on. */
  Answers sentFrom(Instant from) {
    return where(a -> !a.sent().isBefore(from));
  }

  Answers where(Predicate<Answer> kept) {
    return new Answers(all.stream().filter(kept).toList());
  }

  Answers to(String call) {
    return where(a -> a.call().equals(call));
  }

  long count(Predicate<Answer> counted) {
    return all.stream().filter(counted).count();
  }

  long succeeded() {
    return count(Answer::succeeded);
  }

  long unavailable() {
    return count(a -> a.status() == 503);
  }

  List<Answer> unclear() {
    return all.stream().filter(a -> !a.clear()).toList();
  }

  Duration slowest() {
    return all.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
  }

  /** For the log and the README: such as {@code cart 200=12 503=4, checkout 202=9 ...}. */
  String summary() {
    Map<String, Map<Integer, Long>> byCall =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    Answer::call,
                    TreeMap::new,
                    Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting())));
    return byCall.entrySet().stream()
            .map(
                call ->
                    call.getKey()
                        + " "
                        + call.getValue().entrySet().stream()
                            .map(status -> status.getKey() + "=" + status.getValue())
                            .collect(Collectors.joining(" ")))
            .collect(Collectors.joining(", "))
        + "; slowest "
        + slowest().toMillis()
        + " ms";
  }
}
