package org.meridianshop.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key Faces encrypts its flash cookie with (the cookie that carries a notice such as "Welcome"
 * over a redirect). Faces reads it as {@code java:comp/env/faces/FlashSecretKey}, which web.xml
 * points at {@code shop/facesSecretKey}, bound to {@code FACES_SECRET_KEY} by
 * liberty/sessions-redis.xml: with web sessions shared, the redirect may land on another server,
 * which can read the cookie only with the same key. With sessions in memory nothing is bound and
 * each server makes its own key, as one server needs.
 *
 * <p>With shared sessions a missing key would lose notices between servers (JSF1094 in the log) and
 * a malformed one makes Faces give up encrypting the cookie (it logs so once and carries on).
 * Neither stops Faces, so the shop refuses to start instead, saying what to set.
 */
@Startup
@Singleton
public class FacesSecretKey {

  /** AES-128, -192 or -256; Faces accepts any length from 16 bytes, the cipher only these. */
  static final Set<Integer> AES_KEY_BYTES = Set.of(16, 24, 32);

  @Inject
  @ConfigProperty(name = "session.store", defaultValue = "memory")
  String sessionStore;

  @Inject
  @ConfigProperty(name = "faces.secret.key")
  Optional<String> key;

  @PostConstruct
  void refuseToStartWithoutAUsableKey() {
    requireUsable(sessionStore, key);
  }

  static void requireUsable(String sessionStore, Optional<String> key) {
    var shared = "redis".equalsIgnoreCase(sessionStore.trim());
    // not trimmed: Faces decodes the value exactly as it is bound
    var configured = key.filter(k -> !k.isBlank());
    if (shared && configured.isEmpty()) {
      throw new IllegalStateException(
          "SESSION_STORE=redis needs FACES_SECRET_KEY: the same base64 AES key (16, 24 or 32"
              + " bytes) on every server, such as the output of `openssl rand -base64 32`");
    }
    if (shared && !AES_KEY_BYTES.contains(decodedLength(configured.get()))) {
      throw new IllegalStateException(
          "FACES_SECRET_KEY must be a base64 AES key of 16, 24 or 32 bytes");
    }
  }

  private static int decodedLength(String base64) {
    try {
      return Base64.getDecoder().decode(base64).length;
    } catch (IllegalArgumentException notBase64) {
      return -1;
    }
  }
}
