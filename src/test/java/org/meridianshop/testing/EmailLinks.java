package org.meridianshop.testing;

import java.net.URI;

/**
 * The links in the shop's email to an address: the newest one of its kind, waited for, since the
 * email is sent only once the event is handled. Read from wherever the email went (see {@link
 * Mailboxes}).
 */
public final class EmailLinks {

  private EmailLinks() {}

  public static URI emailVerification(String email) {
    return newest(email, "verify-email");
  }

  public static URI passwordReset(String email) {
    return newest(email, "reset-password");
  }

  private static URI newest(String email, String page) {
    return Mailboxes.await(email, received -> received.link(page).isPresent())
        .link(page)
        .orElseThrow();
  }
}
