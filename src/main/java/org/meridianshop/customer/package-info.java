/**
 * Customer accounts and identity: registration, sign-in with login sessions and rotating refresh
 * tokens, email verification, password reset and change, profiles and address books. The platform's
 * authentication mechanism asks this capability, through its identity store, whether a login
 * session is live and whose it is.
 */
package org.meridianshop.customer;
