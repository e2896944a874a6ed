/**
 * Notifications: turns events from accounts, checkout and inventory into emails and text messages.
 * Handlers render a message from its template and queue it in the event's transaction; a delivery
 * worker sends the queue most urgent first through the channel's provider (SMTP or the local
 * mailbox; Twilio), retries passing failures and keeps every message's history. It reads accounts
 * only through the customer capability's services.
 */
package org.meridianshop.notification;
