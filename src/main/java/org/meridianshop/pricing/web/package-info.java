/** Pricing as the storefront's pages see it: the currency a visitor shops in. */
package org.meridianshop.pricing.web;
