package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.meridianshop.platform.events.jms.JmsEventTransport;
import org.meridianshop.platform.events.kafka.KafkaEventTransport;
import org.meridianshop.platform.events.kafka.KafkaSettings;

/** The one place that picks the event transport: Kafka when it is configured, else embedded. */
@ApplicationScoped
public class EventTransports {

  @Produces
  @ApplicationScoped
  EventTransport transport(
      KafkaSettings kafka,
      Instance<KafkaEventTransport> kafkaTransport,
      Instance<JmsEventTransport> jms) {
    return kafka.isConfigured() ? kafkaTransport.get() : jms.get();
  }
}
