package org.meridianshop.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.events.EventBackboneClient.await;
import static org.meridianshop.events.EventBackboneClient.awaitHandled;
import static org.meridianshop.events.EventBackboneClient.sendProbes;
import static org.meridianshop.events.EventBackboneClient.state;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** Kafka stops while the shop records events: nothing is lost, nothing doubled, order kept. */
@ExtendWith(RunningShop.class)
class KafkaOutageIT {

  @Test
  void eventsRecordedWhileKafkaIsDownAreDeliveredOnceItIsBack() {
    var broker = RunningShop.kafka().orElseThrow();
    var batches = new ArrayList<String>();
    broker.stop();
    try {
      for (int i = 0; i < 4; i++) {
        batches.add(sendProbes(50, 5, Duration.ZERO));
      }
      var down =
          await(
              EventBackboneClient::state,
              s -> !s.getBoolean("brokerAvailable") && s.getLong("outboxBacklog") > 0,
              Duration.ofSeconds(30));
      assertThat(down.getString("transport")).isEqualTo("kafka");
      // the outbox holds the events, so the shop stays ready to serve
      given().baseUri(RunningShop.baseUri().toString()).get("health/ready").then().statusCode(200);
    } finally {
      broker.restart();
    }
    for (var batch : batches) {
      var report = awaitHandled(batch, 50, Duration.ofMinutes(2));
      assertThat(report.getInt("handled")).isEqualTo(50);
      assertThat(report.getBoolean("inOrderPerAggregate")).isTrue();
    }
    await(() -> state().getLong("outboxBacklog"), backlog -> backlog == 0, Duration.ofSeconds(30));
  }
}
