package org.meridianshop.platform.events.kafka;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One Kafka consumer reading topics on a managed thread until it is stopped. Each polled batch is
 * handed over record by record and only then committed, so a crash before the commit means a
 * redelivery. When reading or handling throws, the consumer is closed and opened again after a
 * pause, so it resumes from the last commit and nothing handed over in vain is skipped.
 */
public final class KafkaReading {

  private static final Logger LOG = Logger.getLogger(KafkaReading.class.getName());
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(2);

  private final Properties settings;
  private final Set<String> topics;
  private final Function<KafkaConsumer<String, String>, ConsumerRebalanceListener> rebalances;
  private final Consumer<ConsumerRecord<String, String>> handler;

  private volatile boolean running;
  private volatile KafkaConsumer<String, String> consumer;

  /** Reads the topics in the consumer group of the settings, from its committed offsets. */
  public KafkaReading(
      Properties settings, Set<String> topics, Consumer<ConsumerRecord<String, String>> handler) {
    this(settings, topics, kafka -> new NoRebalanceActions(), handler);
  }

  /**
   * @param rebalances what to do when partitions are assigned or revoked, given the consumer (for
   *     example seek)
   */
  public KafkaReading(
      Properties settings,
      Set<String> topics,
      Function<KafkaConsumer<String, String>, ConsumerRebalanceListener> rebalances,
      Consumer<ConsumerRecord<String, String>> handler) {
    this.settings = settings;
    this.topics = Set.copyOf(topics);
    this.rebalances = rebalances;
    this.handler = handler;
  }

  public void start(ManagedThreadFactory threads) {
    running = true;
    threads.newThread(this::read).start();
  }

  public void stop() {
    running = false;
    var current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  private void read() {
    while (running) {
      try (var kafka =
          new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
        consumer = kafka;
        kafka.subscribe(topics, rebalances.apply(kafka));
        while (running) {
          var records = kafka.poll(POLL);
          records.forEach(handler);
          if (!records.isEmpty()) {
            kafka.commitSync();
          }
        }
      } catch (WakeupException e) {
        return;
      } catch (InterruptException e) {
        // the server is stopping its threads
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Kafka consumer of " + topics + " failed; reconnecting", e);
        pause();
      }
    }
  }

  private static final class NoRebalanceActions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
