package org.meridianshop.platform.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How to reach Kafka: set {@code KAFKA_BOOTSTRAP_SERVERS} and events go through it. */
@ApplicationScoped
public class KafkaSettings {

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers")
  Optional<String> bootstrapServers;

  @Inject
  @ConfigProperty(name = "kafka.consumer.group", defaultValue = "meridian-shop")
  String consumerGroup;

  @Inject
  @ConfigProperty(name = "kafka.topic.partitions", defaultValue = "3")
  int topicPartitions;

  @Inject
  @ConfigProperty(name = "kafka.topic.replication", defaultValue = "1")
  short topicReplication;

  public boolean isConfigured() {
    return bootstrapServers.filter(s -> !s.isBlank()).isPresent();
  }

  int topicPartitions() {
    return topicPartitions;
  }

  short topicReplication() {
    return topicReplication;
  }

  /** A durable, ordered producer: every send is acknowledged by all replicas, never doubled. */
  Properties producer() {
    var properties = common();
    properties.put("acks", "all");
    properties.put("enable.idempotence", "true");
    properties.put("linger.ms", "1");
    properties.put("max.block.ms", "5000");
    properties.put("request.timeout.ms", "5000");
    properties.put("delivery.timeout.ms", "10000");
    return properties;
  }

  /** Offsets are committed only after the dispatcher has handled what was polled. */
  Properties consumer() {
    var properties = common();
    properties.put("group.id", consumerGroup);
    properties.put("enable.auto.commit", "false");
    properties.put("auto.offset.reset", "earliest");
    properties.put("max.poll.records", "200");
    // a server that dies without leaving the group holds its partitions until its session times
    // out: 15 s instead of the client's 45 s, so another server takes its events over well
    // within the seed's 1-minute allowance (heartbeats every 5 s keep a live one in)
    properties.put("session.timeout.ms", "15000");
    properties.put("heartbeat.interval.ms", "5000");
    return properties;
  }

  Properties admin() {
    var properties = common();
    properties.put("request.timeout.ms", "3000");
    properties.put("default.api.timeout.ms", "3000");
    return properties;
  }

  private Properties common() {
    var properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers.orElseThrow());
    properties.put("client.id", "meridian-shop");
    return properties;
  }
}
