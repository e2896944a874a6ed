package org.meridianshop.inventory;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of waiting restock lines in upload order for the {@code restock} job. Its
 * checkpoint is the last id read, so a restarted run carries on after the last committed chunk.
 */
@Dependent
@Named
public class RestockLineReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @Inject RestockBatches batches;

  private final Deque<Long> page = new ArrayDeque<>();
  private long lastId;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      page.addAll(batches.waitingAfter(lastId, PAGE));
    }
    var next = page.poll();
    if (next != null) {
      lastId = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
