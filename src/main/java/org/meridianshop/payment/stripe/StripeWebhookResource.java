package org.meridianshop.payment.stripe;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.meridianshop.payment.ChargeNotices;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Where Stripe posts its events ({@code POST /api/payments/webhook}). It needs no login: the
 * signature made with {@code STRIPE_WEBHOOK_SECRET} is the proof that Stripe sent it. An event the
 * shop cares about is handed to the payments, which settle each charge at most once; any answer but
 * 2xx makes Stripe send it again later. Without a webhook secret the endpoint does not exist.
 */
@Path("/payments/webhook")
@ApplicationScoped
public class StripeWebhookResource {

  private static final Logger LOG = Logger.getLogger(StripeWebhookResource.class.getName());

  @Inject ChargeNotices notices;

  private Optional<StripeWebhooks> webhooks;

  @PostConstruct
  void readSettings() {
    var settings = StripeSettings.fromEnvironment();
    webhooks = settings.flatMap(StripeSettings::webhookSecretIfSet).map(StripeWebhooks::new);
    if (settings.isPresent() && webhooks.isEmpty()) {
      LOG.warning(
          "Stripe is configured without STRIPE_WEBHOOK_SECRET: Stripe cannot tell the shop"
              + " about charges that finish after the checkout (3-D Secure)");
    }
  }

  /** The body is taken as bytes, exactly as signed: no reader may touch it before the check. */
  @POST
  public Response receive(
      byte[] body, @HeaderParam(StripeWebhooks.SIGNATURE_HEADER) String signature) {
    var reader =
        webhooks.orElseThrow(
            () -> new NotFoundException("Stripe webhooks are not configured on this shop."));
    reader
        .read(new String(body, StandardCharsets.UTF_8), signature)
        .ifPresent(notice -> notices.received(notice.eventId(), notice.charge()));
    return Response.ok().build();
  }
}
