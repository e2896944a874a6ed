package org.meridianshop.payment;

/**
 * Where news about a charge that the provider sends on its own (Stripe's webhooks) is handed in.
 * The news may repeat, arrive in any order, and race the answer to our own call: receiving it
 * settles a payment at most once.
 */
public interface ChargeNotices {

  /**
   * @param noticeId the provider's id of this notice (a Stripe event id), so a repeat is ignored
   * @param charge the charge as the notice describes it
   */
  void received(String noticeId, PaymentGateway.Charge charge);
}
