package org.meridianshop.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification settings from the environment, and the one place that picks the channels'
 * providers: email goes to the SMTP server of Liberty's mail session when {@code SMTP_HOST} is set,
 * else to the local mailbox; text messages go to Twilio when {@code TWILIO_*} is set, and push
 * notifications to Firebase Cloud Messaging when {@code FCM_*} is set; else nowhere.
 */
@ApplicationScoped
public class NotificationSettings {

  private static final Logger LOG = Logger.getLogger(NotificationSettings.class.getName());
  private static final Duration SMS_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration PUSH_TIMEOUT = Duration.ofSeconds(10);

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

  @Inject
  @ConfigProperty(name = "twilio.account.sid")
  Optional<String> twilioAccountSid;

  @Inject
  @ConfigProperty(name = "twilio.auth.token")
  Optional<String> twilioAuthToken;

  @Inject
  @ConfigProperty(name = "twilio.from")
  Optional<String> twilioFrom;

  @Inject
  @ConfigProperty(name = "twilio.api.base", defaultValue = "https://api.twilio.com")
  URI twilioApiBase;

  @Inject
  @ConfigProperty(name = "fcm.project.id")
  Optional<String> fcmProjectId;

  @Inject
  @ConfigProperty(name = "fcm.credentials")
  Optional<String> fcmCredentials;

  @Inject
  @ConfigProperty(name = "fcm.api.url", defaultValue = "https://fcm.googleapis.com")
  URI fcmApiUrl;

  private Optional<SmsSender> sms;
  private Optional<PushSender> push;

  @PostConstruct
  void chooseProviders() {
    chooseSms();
    choosePush();
  }

  /**
   * Text messages go to Twilio when it is configured; otherwise none are sent, and the log says so
   * once.
   */
  private void chooseSms() {
    var sid = twilioAccountSid.filter(v -> !v.isBlank());
    var token = twilioAuthToken.filter(v -> !v.isBlank());
    var from = twilioFrom.filter(v -> !v.isBlank());
    if (sid.isPresent() && token.isPresent() && from.isPresent()) {
      sms =
          Optional.of(
              new TwilioSms(
                  new TwilioSms.Account(sid.get(), token.get(), from.get(), twilioApiBase),
                  SMS_TIMEOUT));
      LOG.info(() -> "Text messages go to " + sms.get().description());
    } else {
      sms = Optional.empty();
      LOG.info(
          "SMS is off: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM to send text"
              + " messages (shipments are then texted as well as emailed)");
    }
  }

  /**
   * Push notifications go to Firebase Cloud Messaging when a project and its service account are
   * configured; otherwise none are sent, and the log says so once (and why, for a bad key file).
   */
  private void choosePush() {
    var project = fcmProjectId.filter(v -> !v.isBlank());
    var credentials = fcmCredentials.filter(v -> !v.isBlank());
    push = Optional.empty();
    if (project.isEmpty() || credentials.isEmpty()) {
      LOG.info(
          "Push is off: set FCM_PROJECT_ID and FCM_CREDENTIALS (a service account's JSON key, or"
              + " its path) to push order updates to the customers' devices");
      return;
    }
    try {
      var account = GoogleServiceAccount.read(credentials.get());
      push =
          Optional.of(
              new FcmPush(new FcmPush.Project(project.get(), account, fcmApiUrl), PUSH_TIMEOUT));
      LOG.info(() -> "Push notifications go to " + push.get().description());
    } catch (RuntimeException e) {
      LOG.severe("Push is off: FCM_CREDENTIALS cannot be used: " + e.getMessage());
    }
  }

  /** Where push notifications go; empty when push is not configured. */
  public Optional<PushSender> push() {
    return push;
  }

  /** Where text messages go; empty when SMS is not configured. */
  public Optional<SmsSender> sms() {
    return sms;
  }

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
