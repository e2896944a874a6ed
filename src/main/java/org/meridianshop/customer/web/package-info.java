/**
 * The storefront's account pages: thin Faces beans that take what a visitor typed, hand it to the
 * customer services and show their refusals next to the fields they concern.
 */
package org.meridianshop.customer.web;
