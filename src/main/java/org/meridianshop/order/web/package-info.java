/**
 * The order pages: checkout, the customer's orders and each order as it moves through the saga, and
 * the console's order list and fulfilment. Thin Faces beans over checkout and orders; the services
 * decide what is allowed.
 */
package org.meridianshop.order.web;
