package org.meridianshop.platform.events;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridianshop.platform.events.kafka.KafkaEventConsumer;
import org.meridianshop.platform.events.kafka.KafkaSettings;
import org.meridianshop.platform.events.kafka.KafkaTopics;

/**
 * Starts consuming events once the database is ready. The embedded transport's listener is a
 * message-driven bean that Liberty starts by itself; Kafka's consumer is started here.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventConsumption {

  private static final Logger LOG = Logger.getLogger(EventConsumption.class.getName());

  @Inject KafkaSettings kafka;
  @Inject KafkaTopics topics;
  @Inject KafkaEventConsumer kafkaConsumer;
  @Inject EventDispatcher dispatcher;
  @Inject EventTransport transport;

  @PostConstruct
  void start() {
    LOG.info(() -> "Events travel through the " + transport.name());
    if (kafka.isConfigured() && !dispatcher.handledTypes().isEmpty()) {
      topics.ensure(dispatcher.handledTypes());
      kafkaConsumer.start(dispatcher.handledTypes());
    }
  }
}
