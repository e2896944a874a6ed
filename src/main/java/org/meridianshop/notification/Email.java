package org.meridianshop.notification;

/** An email ready to go: who sends it, to whom, and its content. */
public record Email(String from, String to, RenderedMessage content) {}
