package org.meridianshop.notification;

/** A notification's content in the recipient's language: subject, plain text and HTML. */
public record RenderedMessage(String subject, String text, String html) {}
