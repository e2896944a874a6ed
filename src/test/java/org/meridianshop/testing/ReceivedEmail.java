package org.meridianshop.testing;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email the shop sent, as its recipient reads it: sender, recipient, subject, the plain text and
 * HTML parts, and how it was packed (content types, where known).
 */
public record ReceivedEmail(
    String from, String to, String subject, String text, String html, String structure) {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  /** The first link in the plain text that leads to the page, such as {@code verify-email}. */
  public Optional<URI> link(String page) {
    var matcher = LINK.matcher(text == null ? "" : text);
    while (matcher.find()) {
      var link = URI.create(matcher.group());
      if (link.getPath().endsWith("/" + page + ".xhtml")) {
        return Optional.of(link);
      }
    }
    return Optional.empty();
  }
}
