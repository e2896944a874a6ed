/**
 * Reviews and ratings: a customer who received a product (an order holding it was delivered)
 * reviews it once, and the product's rating and review count follow in the same transaction. Uses
 * the catalog (ratings) and orders (what was received) through their services.
 */
package org.meridianshop.review;
