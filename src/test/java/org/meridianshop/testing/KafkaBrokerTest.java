package org.meridianshop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test broker behaves like the real one events will travel through, restarts included. */
class KafkaBrokerTest {

  private static final int KEYS = 5;

  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void closeBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void deliversEveryRecordInTheOrderItWasSentForEachKey() throws Exception {
    var topic = uniqueTopic();

    produce(topic, 0, 100);
    var consumed = consume(topic, uniqueGroup(), 100);

    assertThat(valuesByKey(consumed)).isEqualTo(expectedValuesByKey(0, 100));
    assertThat(consumed.stream().map(ConsumerRecord::partition).distinct())
        .as("keys spread over several partitions")
        .hasSizeGreaterThan(1);
  }

  @Test
  void keepsRecordsAndCommittedOffsetsThroughARestart() throws Exception {
    var topic = uniqueTopic();
    var group = uniqueGroup();
    produce(topic, 0, 20);
    consume(topic, group, 20);

    broker.stop();
    assertThat(broker.isRunning()).isFalse();
    sendingFailsQuickly(topic);
    broker.restart();
    assertThat(broker.isRunning()).isTrue();

    assertThat(valuesByKey(consume(topic, uniqueGroup(), 20)))
        .as("records written before the stop")
        .isEqualTo(expectedValuesByKey(0, 20));
    produce(topic, 20, 30);
    assertThat(valuesByKey(consume(topic, group, 10)))
        .as("the group goes on where it left off")
        .isEqualTo(expectedValuesByKey(20, 30));
  }

  private static void sendingFailsQuickly(String topic) {
    var started = Instant.now();
    try (var producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000))) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "v")).get())
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(TimeoutException.class);
    }
    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(10));
  }

  private static void produce(String topic, int from, int to) throws Exception {
    try (var producer = producer(Map.of())) {
      var acknowledgements =
          IntStream.range(from, to)
              .mapToObj(
                  i -> producer.send(new ProducerRecord<>(topic, key(i), Integer.toString(i))))
              .toList();
      for (var acknowledgement : acknowledgements) {
        acknowledgement.get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> overrides) {
    var config = new LinkedHashMap<String, Object>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.putAll(overrides);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  /** Reads the next {@code count} records of the topic for the group and commits them. */
  private static List<ConsumerRecord<String, String>> consume(
      String topic, String group, int count) {
    var config =
        Map.<String, Object>of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    var records = new ArrayList<ConsumerRecord<String, String>>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      var deadline = Instant.now().plusSeconds(30);
      while (records.size() < count && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.commitSync();
    }
    return records;
  }

  private static Map<String, List<Integer>> valuesByKey(
      List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .collect(
            Collectors.groupingBy(
                ConsumerRecord::key,
                Collectors.mapping(
                    record -> Integer.valueOf(record.value()), Collectors.toList())));
  }

  private static Map<String, List<Integer>> expectedValuesByKey(int from, int to) {
    return IntStream.range(from, to)
        .boxed()
        .collect(Collectors.groupingBy(KafkaBrokerTest::key, Collectors.toList()));
  }

  private static String key(int i) {
    return "order-" + i % KEYS;
  }

  private static String uniqueTopic() {
    return "events-" + UUID.randomUUID();
  }

  private static String uniqueGroup() {
    return "group-" + UUID.randomUUID();
  }
}
