package org.meridianshop.payment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.meridianshop.payment.ChargeNotices;
import org.meridianshop.payment.OfflineGateway;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * The offline gateway's emulated 3-D Secure challenge, standing in for the bank's page that Stripe
 * shows: the client passes or fails it with the charge's client secret, and the outcome reaches the
 * shop as a provider's notice would.
 */
@Path("/payments/offline/{chargeId}/authentication")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfflineAuthenticationResource {

  @Inject OfflineGateway gateway;
  @Inject ChargeNotices notices;

  @POST
  public Response authenticate(@PathParam("chargeId") String chargeId, Challenge challenge) {
    if (challenge == null || challenge.clientSecret() == null || challenge.passed() == null) {
      throw new InvalidInputException("clientSecret", "Give the client secret and the outcome.");
    }
    var charge = gateway.authenticate(chargeId, challenge.clientSecret(), challenge.passed());
    if (!Boolean.FALSE.equals(challenge.notifyShop())) {
      notices.received("offline_evt_" + UUID.randomUUID(), charge);
    }
    return Response.noContent().build();
  }

  /**
   * The answer to the challenge: passed or failed, for the charge unlocked by the secret. {@code
   * notifyShop: false} keeps the news from the shop, as a lost webhook would, until the shop asks.
   */
  public record Challenge(String clientSecret, Boolean passed, Boolean notifyShop) {}
}
