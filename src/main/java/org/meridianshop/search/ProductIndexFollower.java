package org.meridianshop.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridianshop.catalog.ProductChanged;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventJson;
import org.meridianshop.platform.events.kafka.KafkaReading;
import org.meridianshop.platform.events.kafka.KafkaTopics;

/**
 * Keeps this server's own Lucene index in step with product changes made on any server. Each server
 * reads every {@code catalog.product-changed} event in a consumer group of its own ({@link
 * IndexFollowerGroup}) and reindexes the product from the database; the server that made the change
 * has indexed it already, and doing so again is harmless. Not needed, and not started, with one
 * server on the embedded messaging engine or with Elasticsearch, whose index all servers share.
 */
@Startup
@Singleton
@DependsOn("SearchIndexBuilder")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductIndexFollower {

  private static final Logger LOG = Logger.getLogger(ProductIndexFollower.class.getName());
  private static final String TOPIC = DomainEvent.nameOf(ProductChanged.class).value();

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers")
  Optional<String> kafka;

  @Inject
  @ConfigProperty(name = "search.backend", defaultValue = "lucene")
  String backend;

  @Inject IndexFollowerGroup group;
  @Inject KafkaTopics topics;
  @Inject ProductReindexing reindexing;

  @Resource ManagedThreadFactory threads;

  private KafkaReading reading;

  @PostConstruct
  void start() {
    if (kafka.filter(servers -> !servers.isBlank()).isEmpty() || !backend.equals("lucene")) {
      return;
    }
    topics.ensure(Set.of(TOPIC));
    reading =
        new KafkaReading(
            group.consumer(kafka.get()),
            Set.of(TOPIC),
            group::startingWhereTheIndexWasBuilt,
            this::reindex);
    reading.start(threads);
    LOG.info(() -> "This server's search index follows " + TOPIC + " as " + group.id());
  }

  @PreDestroy
  void stop() {
    if (reading != null) {
      reading.stop();
    }
  }

  /**
   * An unreadable record is skipped; a failed reindex (the database away) is thrown, so the reading
   * starts again from the last committed offset and tries it again.
   */
  private void reindex(ConsumerRecord<String, String> record) {
    ProductChanged change;
    try {
      change = EventJson.payload(EventJson.fromJson(record.value()), ProductChanged.class);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Skipping unreadable record " + record.key(), e);
      return;
    }
    reindexing.reindex(change.productId());
  }
}
