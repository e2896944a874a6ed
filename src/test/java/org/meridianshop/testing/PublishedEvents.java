package org.meridianshop.testing;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the shop published to Kafka, as an outside consumer would. */
public final class PublishedEvents {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private PublishedEvents() {}

  /** The payload of the first event of the type that matches, waiting for it to arrive. */
  public static JsonPath await(String type, Predicate<JsonPath> matches) {
    var broker =
        RunningShop.kafka()
            .orElseThrow(() -> new IllegalStateException("This shop publishes to no Kafka"));
    var settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    settings.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (var consumer = new KafkaConsumer<String, String>(settings)) {
      consumer.subscribe(List.of(type));
      var deadline = Instant.now().plus(LIMIT);
      while (Instant.now().isBefore(deadline)) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          var payload = new JsonPath(new JsonPath(record.value()).getString("payload"));
          if (matches.test(payload)) {
            return payload;
          }
        }
      }
    }
    throw new AssertionError("No " + type + " event matched within " + LIMIT);
  }
}
