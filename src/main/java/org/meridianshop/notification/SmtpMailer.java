package org.meridianshop.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Sends email to an SMTP server through the mail session Liberty configures from {@code SMTP_*}
 * (host, port, TLS). Each message is multipart/alternative: plain text first, HTML second, so a
 * reader shows the richest part it can. Credentials, when set, are given at connect time, which
 * makes the server's AUTH optional when none are configured.
 */
final class SmtpMailer implements Mailer {

  private final Session session;
  private final Optional<Credentials> credentials;

  /** SMTP user and password. */
  record Credentials(String user, String password) {}

  SmtpMailer(Session session, Optional<Credentials> credentials) {
    this.session = session;
    this.credentials = credentials;
  }

  @Override
  public void send(Email email) {
    MimeMessage message;
    try {
      message = mime(email);
    } catch (AddressException e) {
      throw new DeliveryFailedException("Bad address: " + e.getMessage(), true, e);
    } catch (MessagingException e) {
      throw new DeliveryFailedException("Could not build the message: " + e.getMessage(), true, e);
    }
    try (var transport = session.getTransport()) {
      if (credentials.isPresent()) {
        transport.connect(credentials.get().user(), credentials.get().password());
      } else {
        transport.connect();
      }
      transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      var refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      throw new DeliveryFailedException("SMTP refused the message: " + e.getMessage(), refused, e);
    } catch (MessagingException e) {
      throw new DeliveryFailedException("SMTP server not reached: " + e.getMessage(), false, e);
    }
  }

  @Override
  public String description() {
    return "SMTP server "
        + Optional.ofNullable(session.getProperty("mail.smtp.host"))
            .orElse(session.getProperty("mail.host"))
        + ":"
        + Optional.ofNullable(session.getProperty("mail.smtp.port")).orElse("25");
  }

  private MimeMessage mime(Email email) throws MessagingException {
    var message = new MimeMessage(session);
    message.setFrom(new InternetAddress(email.from(), true));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
    message.setSubject(email.content().subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(Instant.now()));
    var text = new MimeBodyPart();
    text.setText(email.content().text(), StandardCharsets.UTF_8.name(), "plain");
    var alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    if (email.content().html() != null) {
      var html = new MimeBodyPart();
      html.setText(email.content().html(), StandardCharsets.UTF_8.name(), "html");
      alternatives.addBodyPart(html);
    }
    message.setContent(alternatives);
    message.saveChanges();
    return message;
  }
}
