package org.meridianshop.inventory;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Applies one chunk of waiting restock lines, in the chunk's transaction. */
@Dependent
@Named
public class RestockLineWriter extends AbstractItemWriter {

  @Inject RestockBatches batches;

  @Override
  public void writeItems(List<Object> lineIds) {
    batches.apply(lineIds.stream().map(Long.class::cast).toList());
  }
}
