package org.meridianshop.customer.web;

import java.util.Optional;

/**
 * Where to go after signing in, when a page asked for it with {@code ?next=}. Only a path within
 * the shop is followed: "//elsewhere.example" or "/\elsewhere.example" would send a browser to
 * another site, so they count as absent, and no one can use the login page as an open redirect.
 */
final class LocalPath {

  static final String ACCOUNT = "/account/index.xhtml";

  private LocalPath() {}

  static Optional<String> of(String next) {
    if (next == null || next.isEmpty() || next.length() > 2000 || next.charAt(0) != '/') {
      return Optional.empty();
    }
    if (next.startsWith("//") || next.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    for (int i = 0; i < next.length(); i++) {
      var c = next.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.empty();
      }
    }
    return Optional.of(next);
  }

  /** The page to go to after signing in: the one asked for, or the account page. */
  static String afterSignIn(String next) {
    return of(next).orElse(ACCOUNT);
  }
}
