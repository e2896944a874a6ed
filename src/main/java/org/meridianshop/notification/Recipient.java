package org.meridianshop.notification;

/** Who a notification is for: an account (none for alerts to an address) and its email. */
public record Recipient(String accountId, String email) {}
