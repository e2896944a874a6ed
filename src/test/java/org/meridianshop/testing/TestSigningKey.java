package org.meridianshop.testing;

import java.security.SecureRandom;
import java.util.Base64;

/** The access-token key the production wiring is configured with, new for every test run. */
public final class TestSigningKey {

  static final String BASE64 = Base64.getEncoder().encodeToString(random());

  private TestSigningKey() {}

  /** The key's bytes, for tests that forge tokens the shop must refuse or accept. */
  public static byte[] bytes() {
    return Base64.getDecoder().decode(BASE64);
  }

  private static byte[] random() {
    var key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
