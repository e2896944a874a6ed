package org.meridianshop.platform.events.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventJson;
import org.meridianshop.platform.events.EventTransport;

/**
 * The transport at scale: one Kafka topic per event type, keyed by aggregate id so the events of
 * one order stay in one partition and in order. It uses Kafka's own client rather than Liberty's
 * Reactive Messaging connector, which sends every record of a channel to one configured topic
 * without a key.
 */
@ApplicationScoped
@Typed(KafkaEventTransport.class)
public class KafkaEventTransport implements EventTransport {

  private static final Duration CONFIRMATION_LIMIT = Duration.ofSeconds(12);

  @Inject KafkaSettings settings;

  private KafkaProducer<String, String> producer;
  private Admin admin;

  @Override
  public void publish(EventEnvelope envelope) throws EventPublishingException {
    var record =
        new ProducerRecord<>(envelope.type(), envelope.aggregateId(), EventJson.toJson(envelope));
    try {
      producer().send(record).get(CONFIRMATION_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new EventPublishingException("Kafka did not confirm the event", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventPublishingException("Interrupted while publishing", e);
    }
  }

  @Override
  public boolean isAvailable() {
    try {
      admin().describeCluster().nodes().get(3, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String name() {
    return "kafka";
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(settings.producer(), new StringSerializer(), new StringSerializer());
    }
    return producer;
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(settings.admin());
    }
    return admin;
  }
}
