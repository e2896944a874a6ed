package org.meridianshop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret that signs access tokens: {@code JWT_SIGNING_KEY} (base64, at least 256 bits) when it
 * is set, otherwise one made at first start and kept in the database, so tokens outlive restarts
 * and every server that shares the database accepts them.
 */
@ApplicationScoped
public class SigningKeys {

  static final String ACCESS_TOKENS = "access-tokens";
  static final int MINIMUM_BYTES = 32;

  @Inject
  @ConfigProperty(name = "jwt.signing.key")
  Optional<String> configured;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The configured key, or the stored one, made now if there is none yet. */
  @Transactional(TxType.REQUIRES_NEW)
  public byte[] accessTokenKey() {
    var key =
        configured
            .filter(k -> !k.isBlank())
            .map(k -> Base64.getDecoder().decode(k.trim()))
            .orElseGet(this::storedKey);
    if (key.length < MINIMUM_BYTES) {
      throw new IllegalStateException("JWT_SIGNING_KEY must hold at least 256 bits (base64)");
    }
    return key;
  }

  private byte[] storedKey() {
    var stored = em.find(SigningKey.class, ACCESS_TOKENS);
    if (stored == null) {
      var secret = new byte[MINIMUM_BYTES];
      new SecureRandom().nextBytes(secret);
      stored =
          new SigningKey(ACCESS_TOKENS, Base64.getEncoder().encodeToString(secret), Instant.now());
      // two servers starting at once: the second insert fails its transaction, and its caller
      // asks again and reads the first server's key
      em.persist(stored);
      em.flush();
    }
    return Base64.getDecoder().decode(stored.secret());
  }
}
