package org.meridianshop.platform.events.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics of the events the shop handles, so consumers can subscribe at once. */
@ApplicationScoped
public class KafkaTopics {

  private static final Logger LOG = Logger.getLogger(KafkaTopics.class.getName());

  @Inject KafkaSettings settings;

  public void ensure(Set<String> names) {
    try (var admin = Admin.create(settings.admin())) {
      var topics =
          names.stream()
              .map(
                  name ->
                      new NewTopic(name, settings.topicPartitions(), settings.topicReplication()))
              .toList();
      for (var result : admin.createTopics(topics).values().entrySet()) {
        try {
          result.getValue().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            LOG.warning(() -> "Topic " + result.getKey() + " not created: " + e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
