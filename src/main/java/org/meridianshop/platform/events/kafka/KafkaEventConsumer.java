package org.meridianshop.platform.events.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
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
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

  @Inject KafkaSettings settings;
  @Inject EventDispatcher dispatcher;

  @Resource ManagedThreadFactory threads;

  private volatile boolean running;
  private volatile KafkaConsumer<String, String> consumer;

  public void start(Set<String> topics) {
    running = true;
    threads.newThread(() -> consume(topics)).start();
    LOG.info(() -> "Consuming Kafka topics " + topics);
  }

  @PreDestroy
  void stop() {
    running = false;
    var current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  private void consume(Set<String> topics) {
    while (running) {
      try (var kafka =
          new KafkaConsumer<>(
              settings.consumer(), new StringDeserializer(), new StringDeserializer())) {
        consumer = kafka;
        kafka.subscribe(topics);
        while (running) {
          var records = kafka.poll(POLL);
          records.forEach(this::dispatch);
          if (!records.isEmpty()) {
            kafka.commitSync();
          }
        }
      } catch (WakeupException e) {
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Kafka consumer failed; reconnecting", e);
        pause();
      }
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

  private static void pause() {
    try {
      Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
