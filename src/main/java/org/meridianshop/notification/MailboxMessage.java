package org.meridianshop.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An email delivered to the local mailbox instead of an SMTP server. */
@Entity
public class MailboxMessage {

  @Id private UUID id;
  private String sender;
  private String recipient;
  private String subject;
  private String textBody;
  private String htmlBody;
  private Instant deliveredAt;

  protected MailboxMessage() {}

  MailboxMessage(Email email, Instant now) {
    this.id = UUID.randomUUID();
    this.sender = email.from();
    this.recipient = email.to();
    this.subject = email.content().subject();
    this.textBody = email.content().text();
    this.htmlBody = email.content().html();
    this.deliveredAt = now;
  }

  public UUID id() {
    return id;
  }

  public String sender() {
    return sender;
  }

  public String recipient() {
    return recipient;
  }

  public RenderedMessage content() {
    return new RenderedMessage(subject, textBody, htmlBody);
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
