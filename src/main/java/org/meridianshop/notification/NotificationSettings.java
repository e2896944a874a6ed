package org.meridianshop.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification settings from the environment, and the one place that picks where email goes:
 * the SMTP server of Liberty's mail session when {@code SMTP_HOST} is set, else the local mailbox.
 */
@ApplicationScoped
public class NotificationSettings {

  private static final Logger LOG = Logger.getLogger(NotificationSettings.class.getName());

  @Inject
  @ConfigProperty(name = "shop.public.url", defaultValue = "http://localhost:9080/")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "mail.from", defaultValue = "Meridian Shop <shop@localhost>")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "notifications.retry.max-attempts", defaultValue = "6")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "notifications.retry.first-delay", defaultValue = "PT10S")
  Duration firstDelay;

  @Inject
  @ConfigProperty(name = "notifications.retry.max-delay", defaultValue = "PT10M")
  Duration maxDelay;

  @Resource(lookup = "mail/shop")
  Session mailSession;

  public String publicUrl() {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }

  public String mailFrom() {
    return mailFrom;
  }

  private NotificationTemplates templates;

  /** One engine for the application (it caches its templates); final, so not proxied. */
  @Produces
  synchronized NotificationTemplates templates() {
    if (templates == null) {
      templates = new NotificationTemplates(NotificationTemplates.Brand.of(publicUrl()));
    }
    return templates;
  }

  @Produces
  DeliveryRetries retries() {
    return new DeliveryRetries(maxAttempts, firstDelay, maxDelay);
  }

  @Produces
  @ApplicationScoped
  Mailer mailer(LocalMailbox mailbox) {
    Mailer mailer =
        smtpHost.filter(host -> !host.isBlank()).isPresent()
            ? new SmtpMailer(
                mailSession,
                smtpUser
                    .filter(user -> !user.isBlank())
                    .map(user -> new SmtpMailer.Credentials(user, smtpPassword.orElse(""))))
            : mailbox;
    LOG.info(() -> "Email goes to " + mailer.description());
    return mailer;
  }
}
