package org.meridianshop.testing;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an event to the shop's Kafka topics as another service of the shop would (the same
 * envelope), for events whose producer is not in this build yet.
 */
public final class KafkaEvents {

  private KafkaEvents() {}

  /** Publishes the event and returns its id. */
  public static String publish(String type, String aggregateId, Map<String, ?> payload) {
    return publish(type, aggregateId, payload, UUID.randomUUID().toString());
  }

  /**
   * Publishes the event under the id given: once more with an id already published, it is a
   * duplicate, as a producer that retried a send would make one.
   */
  public static String publish(
      String type, String aggregateId, Map<String, ?> payload, String eventId) {
    var broker =
        RunningShop.kafka()
            .orElseThrow(() -> new IllegalStateException("This shop reads no Kafka"));
    try (var jsonb = JsonbBuilder.create()) {
      var envelope = new LinkedHashMap<String, Object>();
      envelope.put("eventId", eventId);
      envelope.put("type", type);
      envelope.put("schemaVersion", 1);
      envelope.put("aggregateId", aggregateId);
      envelope.put("occurredAt", Instant.now().toString());
      envelope.put("payload", jsonb.toJson(payload));
      var settings = new Properties();
      settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      try (var producer = new KafkaProducer<String, String>(settings)) {
        producer.send(new ProducerRecord<>(type, aggregateId, jsonb.toJson(envelope))).get();
      }
      return eventId;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not publish " + type, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
