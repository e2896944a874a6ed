/**
 * The payment gateway on Stripe, used when {@code STRIPE_SECRET_KEY} is set: PaymentIntents created
 * and confirmed through stripe-java, and the webhook endpoint through which Stripe tells the shop
 * how a charge ended when it ends later (3-D Secure, asynchronous payment methods).
 */
package org.meridianshop.payment.stripe;
