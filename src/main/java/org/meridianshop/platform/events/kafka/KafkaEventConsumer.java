package org.meridianshop.platform.events.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.RoundRobinAssignor;
import org.meridianshop.platform.events.EventDispatcher;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventJson;

/**
 * Reads the topics of the events this shop handles and gives each record to the dispatcher. Offsets
 * are committed after a polled batch is handled, so a crash before the commit means a redelivery,
 * which the consumers' processed-event records turn into a no-op. All servers share one consumer
 * group: each partition, and so each aggregate, is read by one consumer at a time. Each server runs
 * one consumer per partition, so the partitions it holds are handled side by side rather than one
 * event after the other on a single thread (which capped how many orders a server could confirm).
 */
@ApplicationScoped
public class KafkaEventConsumer {

  private static final Logger LOG = Logger.getLogger(KafkaEventConsumer.class.getName());

  @Inject KafkaSettings settings;
  @Inject EventDispatcher dispatcher;

  @Resource ManagedThreadFactory threads;

  private final List<KafkaReading> readings = new CopyOnWriteArrayList<>();

  public void start(Set<String> topics) {
    int consumers = settings.topicPartitions();
    for (int i = 1; i <= consumers; i++) {
      var consumer = settings.consumer();
      consumer.put("client.id", "meridian-shop-events-" + i);
      // spread every topic's partitions over all consumers of all servers (range, Kafka's default,
      // would give each topic's partitions to the same first few); range stays as the fallback a
      // server of an older version still speaks during a rolling deploy
      consumer.put(
          "partition.assignment.strategy",
          RoundRobinAssignor.class.getName() + "," + RangeAssignor.class.getName());
      var reading = new KafkaReading(consumer, topics, this::dispatch);
      readings.add(reading);
      reading.start(threads);
    }
    LOG.info(() -> "Consuming Kafka topics " + topics + " with " + consumers + " consumers");
  }

  @PreDestroy
  void stop() {
    readings.forEach(KafkaReading::stop);
  }

  private void dispatch(ConsumerRecord<String, String> record) {
    EventEnvelope event;
    try {
      event = EventJson.fromJson(record.value());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Skipping unreadable record "
              + record.topic()
              + "/"
              + record.partition()
              + "@"
              + record.offset(),
          e);
      return;
    }
    // The dispatcher records handler failures itself, so what it throws means it could not even
    // do that (the database out of reach): thrown on, the record is read again after a pause
    // (KafkaReading), as the embedded queue redelivers it. Skipped, the event was lost (an order
    // waited forever for the payment.failed skipped during a database freeze).
    dispatcher.dispatch(event);
  }
}
