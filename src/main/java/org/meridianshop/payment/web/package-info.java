/**
 * What the storefront's pages need from payments: the offline gateway's test cards, or Stripe's
 * card field when Stripe is configured.
 */
package org.meridianshop.payment.web;
