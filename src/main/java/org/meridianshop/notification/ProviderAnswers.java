package org.meridianshop.notification;

/** What a provider said when it refused a message, cut to a length the history keeps. */
final class ProviderAnswers {

  private static final int MAX_REASON = 300;

  private ProviderAnswers() {}

  static String excerpt(String body) {
    var text = body == null ? "" : body.strip();
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
  }
}
