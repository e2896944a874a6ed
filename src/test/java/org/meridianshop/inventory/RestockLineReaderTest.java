package org.meridianshop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The restock job's reader: lines in upload order, and a restart carries on after its checkpoint.
 */
class RestockLineReaderTest {

  /** Waiting line ids 1 to 1,200, paged as the database would. */
  private static final RestockBatches WAITING =
      new RestockBatches() {
        @Override
        public List<Long> waitingAfter(long lastId, int most) {
          return LongStream.rangeClosed(lastId + 1, 1_200).limit(most).boxed().toList();
        }
      };

  @Test
  void aFreshRunReadsEveryWaitingLineInOrderAcrossPages() {
    var read = readAll(reader(null));
    assertThat(read).hasSize(1_200).startsWith(1L, 2L).endsWith(1_200L);
  }

  @Test
  void aRestartedRunCarriesOnAfterTheLastCommittedChunk() {
    var first = reader(null);
    for (int i = 0; i < 300; i++) {
      first.readItem();
    }
    var checkpoint = first.checkpointInfo();
    assertThat(checkpoint).isEqualTo(300L);

    var restarted = readAll(reader(checkpoint));
    assertThat(restarted).hasSize(900).startsWith(301L).endsWith(1_200L);
  }

  private static RestockLineReader reader(java.io.Serializable checkpoint) {
    var reader = new RestockLineReader();
    reader.batches = WAITING;
    reader.open(checkpoint);
    return reader;
  }

  private static List<Long> readAll(RestockLineReader reader) {
    var read = new ArrayList<Long>();
    for (var id = reader.readItem(); id != null; id = reader.readItem()) {
      read.add((Long) id);
    }
    return read;
  }
}
