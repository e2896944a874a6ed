package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka consumer group through which one server's index follows the catalog: one per server
 * (named after its host and HTTP port), so every server receives every change, unlike the shared
 * group of the shop's event handlers. A group that is new starts from the moment this server
 * started, when it had not yet built or opened its index; after that it resumes where it left off,
 * so changes made while the server was down reach its index when it is back.
 */
@ApplicationScoped
public class IndexFollowerGroup {

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  String httpPort;

  String id() {
    return "meridian-shop-search-" + hostName() + "-" + httpPort;
  }

  Properties consumer(String bootstrapServers) {
    var properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers);
    properties.put("client.id", id());
    properties.put("group.id", id());
    properties.put("enable.auto.commit", "false");
    properties.put("auto.offset.reset", "latest");
    return properties;
  }

  /** Seeks partitions this group never read to the first change since this server started. */
  ConsumerRebalanceListener startingWhereTheIndexWasBuilt(Consumer<?, ?> consumer) {
    return new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        var unread = new HashSet<TopicPartition>();
        consumer
            .committed(new HashSet<>(partitions))
            .forEach(
                (partition, offset) -> {
                  if (offset == null) {
                    unread.add(partition);
                  }
                });
        var started = ManagementFactory.getRuntimeMXBean().getStartTime();
        var since = new HashMap<TopicPartition, Long>();
        unread.forEach(partition -> since.put(partition, started));
        consumer
            .offsetsForTimes(since)
            .forEach(
                (partition, found) -> {
                  if (found == null) {
                    consumer.seekToEnd(List.of(partition));
                  } else {
                    consumer.seek(partition, found.offset());
                  }
                });
      }

      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
    };
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
