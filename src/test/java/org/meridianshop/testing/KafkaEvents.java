package org.meridianshop.testing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
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
    publishAll(List.of(new Event(type, aggregateId, payload, eventId)));
    return eventId;
  }

  /** An event to publish: its type (the topic), key, payload and id. */
  public record Event(String type, String aggregateId, Map<String, ?> payload, String eventId) {
    public Event(String type, String aggregateId, Map<String, ?> payload) {
      this(type, aggregateId, payload, UUID.randomUUID().toString());
    }
  }

  /** Publishes the events in their order through one producer, as fast as the broker takes them. */
  public static void publishAll(List<Event> events) {
    var broker =
        RunningShop.kafka()
            .orElseThrow(() -> new IllegalStateException("This shop reads no Kafka"));
    var settings = new Properties();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (var jsonb = JsonbBuilder.create();
        var producer = new KafkaProducer<String, String>(settings)) {
      var sent = new ArrayList<Future<RecordMetadata>>();
      for (var event : events) {
        sent.add(
            producer.send(
                new ProducerRecord<>(event.type(), event.aggregateId(), envelope(jsonb, event))));
      }
      for (var each : sent) {
        each.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not publish " + events, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String envelope(Jsonb jsonb, Event event) {
    var envelope = new LinkedHashMap<String, Object>();
    envelope.put("eventId", event.eventId());
    envelope.put("type", event.type());
    envelope.put("schemaVersion", 1);
    envelope.put("aggregateId", event.aggregateId());
    envelope.put("occurredAt", Instant.now().toString());
    envelope.put("payload", jsonb.toJson(event.payload()));
    return jsonb.toJson(envelope);
  }
}
