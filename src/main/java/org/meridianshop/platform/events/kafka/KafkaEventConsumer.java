package org.meridianshop.platform.events.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.meridianshop.platform.events.EventDispatcher;
import org.meridianshop.platform.events.EventJson;

/**
 * Reads the topics of the events this shop handles and gives each record to the dispatcher. Offsets
 * are committed after a polled batch is handled, so a crash before the commit means a redelivery,
 * which the consumers' processed-event records turn into a no-op. All servers share one consumer
 * group: each partition, and so each aggregate, is read by one server at a time.
 */
@ApplicationScoped
public class KafkaEventConsumer {

  private static final Logger LOG = Logger.getLogger(KafkaEventConsumer.class.getName());

  @Inject KafkaSettings settings;
  @Inject EventDispatcher dispatcher;

  @Resource ManagedThreadFactory threads;

  private volatile KafkaReading reading;

  public void start(Set<String> topics) {
    reading = new KafkaReading(settings.consumer(), topics, this::dispatch);
    reading.start(threads);
    LOG.info(() -> "Consuming Kafka topics " + topics);
  }

  @PreDestroy
  void stop() {
    var current = reading;
    if (current != null) {
      current.stop();
    }
  }

  private void dispatch(ConsumerRecord<String, String> record) {
    try {
      dispatcher.dispatch(EventJson.fromJson(record.value()));
    } catch (RuntimeException e) {
      // the dispatcher records handler failures itself; this is an unreadable record
      LOG.log(
          Level.SEVERE,
          "Skipping unreadable record "
              + record.topic()
              + "/"
              + record.partition()
              + "@"
              + record.offset(),
          e);
    }
  }
}
