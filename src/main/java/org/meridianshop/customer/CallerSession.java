package org.meridianshop.customer;

import java.io.Serializable;
import java.util.Set;

/**
 * What the shop remembers about a login session between requests (15 minutes in the session cache):
 * whether it is live and whose it is.
 */
public record CallerSession(boolean live, String accountId, Set<String> roles)
    implements Serializable {

  static CallerSession ended() {
    return new CallerSession(false, null, Set.of());
  }
}
