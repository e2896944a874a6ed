package org.meridianshop.testing;

import java.security.SecureRandom;
import java.util.HexFormat;

/** An email and password to sign in with. */
public record Credentials(String email, String password) {

  static Credentials generatedAdmin() {
    var secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    return new Credentials("admin@shop.test", HexFormat.of().formatHex(secret));
  }
}
