package org.meridianshop.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.notification.Notification;
import org.meridianshop.notification.NotificationHistory;
import org.meridianshop.notification.NotificationHistory.Criteria;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationPreviews;
import org.meridianshop.notification.NotificationStatus;
import org.meridianshop.notification.RenderedMessage;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * The notification history for administrators: search it (by recipient, status, kind), resend one,
 * and preview every template with sample data.
 */
@Path("/admin/notifications")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class NotificationAdminResource {

  @Inject NotificationHistory history;
  @Inject NotificationPreviews previews;

  @GET
  public Page<NotificationView> search(
      @QueryParam("recipient") String recipient,
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    var errors = new ArrayList<FieldError>();
    var criteria =
        new Criteria(
            Optional.ofNullable(recipient).filter(r -> !r.isBlank()),
            parse("status", status, NotificationStatus.class, errors),
            parse("kind", kind, NotificationKind.class, errors));
    if (page < 1) {
      errors.add(new FieldError("page", "must be 1 or more"));
    }
    if (size < 1 || size > Page.MAX_SIZE) {
      errors.add(new FieldError("size", "must be between 1 and " + Page.MAX_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return history.search(criteria, page, size).map(NotificationView::of);
  }

  @GET
  @Path("{id}")
  public NotificationView notification(@PathParam("id") UUID id) {
    return NotificationView.of(history.notification(id));
  }

  @POST
  @Path("{id}/resend")
  public Response resend(@PathParam("id") UUID id) {
    return Response.accepted(NotificationView.of(history.resend(id))).build();
  }

  @GET
  @Path("templates")
  public Templates templates() {
    return new Templates(
        Arrays.stream(NotificationKind.values()).map(NotificationKind::template).toList());
  }

  @GET
  @Path("templates/{kind}/preview")
  public RenderedMessage preview(@PathParam("kind") String kind) {
    return previews.preview(kind(kind));
  }

  @GET
  @Path("templates/{kind}/preview.html")
  @Produces(MediaType.TEXT_HTML)
  public Response previewHtml(@PathParam("kind") String kind) {
    return Response.ok(previews.preview(kind(kind)).html())
        .header("Content-Security-Policy", MailboxResource.MAIL_HTML_POLICY)
        .build();
  }

  private static NotificationKind kind(String template) {
    try {
      return NotificationKind.ofTemplate(template);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No template " + template + ".");
    }
  }

  private static <E extends Enum<E>> Optional<E> parse(
      String field, String value, Class<E> type, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              field,
              "must be one of "
                  + Arrays.stream(type.getEnumConstants())
                      .map(c -> c.name().toLowerCase(Locale.ROOT))
                      .toList()));
      return Optional.empty();
    }
  }

  /** The template names. */
  public record Templates(List<String> items) {}

  /** One notification in the history. */
  public record NotificationView(
      String id,
      String eventId,
      String eventName,
      String accountId,
      String channel,
      String template,
      String priority,
      String recipient,
      String subject,
      String status,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt) {
    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id().toString(),
          n.eventId(),
          n.eventName(),
          n.accountId().orElse(null),
          lower(n.channel()),
          n.kind().template(),
          lower(n.priority()),
          n.recipient(),
          n.message().subject(),
          lower(n.status()),
          n.attempts(),
          n.lastError().orElse(null),
          n.createdAt(),
          n.nextAttemptAt(),
          n.sentAt().orElse(null));
    }

    private static String lower(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT);
    }
  }
}
