package org.meridianshop.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.notification.LocalMailbox;
import org.meridianshop.notification.MailboxMessage;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * The local mailbox (where email goes when no SMTP server is configured), for administrators and
 * for tests: the newest messages, all or to one address, and each message's parts.
 */
@Path("/admin/mailbox")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

  private static final int MAX_LIMIT = 100;

  /**
   * An email's HTML shown on its own: its inline styles may apply, nothing in it may run, and it
   * may not be framed.
   */
  static final String MAIL_HTML_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'none';"
          + " sandbox allow-popups allow-popups-to-escape-sandbox";

  @Inject LocalMailbox mailbox;

  @GET
  public Messages newest(
      @QueryParam("recipient") String recipient,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
    }
    return new Messages(
        mailbox.newest(Optional.ofNullable(recipient).filter(r -> !r.isBlank()), limit).stream()
            .map(Message::of)
            .toList());
  }

  @GET
  @Path("{id}")
  public Message message(@PathParam("id") UUID id) {
    return Message.of(mailbox.message(id));
  }

  @GET
  @Path("{id}/html")
  @Produces(MediaType.TEXT_HTML)
  public Response html(@PathParam("id") UUID id) {
    var html = mailbox.message(id).content().html();
    return Response.ok(html == null ? "" : html)
        .header("Content-Security-Policy", MAIL_HTML_POLICY)
        .build();
  }

  /** The newest messages first. */
  public record Messages(List<Message> items) {}

  /** One email as it was delivered. */
  public record Message(
      String id,
      String from,
      String to,
      String subject,
      String text,
      String html,
      Instant deliveredAt) {
    static Message of(MailboxMessage message) {
      var content = message.content();
      return new Message(
          message.id().toString(),
          message.sender(),
          message.recipient(),
          content.subject(),
          content.text(),
          content.html(),
          message.deliveredAt());
    }
  }
}
