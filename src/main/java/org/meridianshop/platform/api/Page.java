package org.meridianshop.platform.api;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list: {@code page} starts at 1, {@code total} counts the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public int pageCount() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public <R> Page<R> map(Function<T, R> mapping) {
    return new Page<>(items.stream().map(mapping).toList(), page, size, total);
  }
}
