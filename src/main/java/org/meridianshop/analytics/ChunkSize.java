package org.meridianshop.analytics;

import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ends a chunk after the run's {@code itemCount} orders (from its load, not job parameters). */
@Dependent
@Named
public class ChunkSize extends AbstractCheckpointAlgorithm {

  @Inject JobContext job;
  @Inject EtlLoads loads;

  private int size;
  private int read;

  @Override
  public void beginCheckpoint() {
    if (size == 0) {
      size = loads.of(job.getInstanceId()).orElseThrow().itemCount();
    }
    read = 0;
  }

  @Override
  public boolean isReadyToCheckpoint() {
    if (size == 0) {
      beginCheckpoint();
    }
    return ++read >= size;
  }
}
