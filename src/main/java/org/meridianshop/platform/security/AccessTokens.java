package org.meridianshop.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens: JWTs signed with HMAC-SHA256 that live 15 minutes and name the caller and the
 * login session they belong to. They carry no roles that matter: the session is looked up on use,
 * so a revoked session stops its tokens at once.
 */
@ApplicationScoped
public class AccessTokens {

  public static final Duration LIFETIME = Duration.ofMinutes(15);
  static final String ISSUER = "meridian-shop";
  static final String SESSION_CLAIM = "sid";

  @Inject SigningKeys keys;

  private final Clock clock = Clock.systemUTC();
  private volatile byte[] key;

  public String issue(String accountId, UUID sessionId) {
    var now = clock.instant();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(accountId)
            .claim(SESSION_CLAIM, sessionId.toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(key()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign an access token", e);
    }
  }

  /** The session a genuine, unexpired token belongs to; empty for anything else. */
  public Optional<TokenSubject> verify(String token) {
    try {
      var jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(key()))) {
        return Optional.empty();
      }
      var claims = jwt.getJWTClaimsSet();
      var expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(
          new TokenSubject(
              claims.getSubject(), UUID.fromString(claims.getStringClaim(SESSION_CLAIM))));
    } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private byte[] key() {
    if (key == null) {
      try {
        key = keys.accessTokenKey();
      } catch (RuntimeException firstStartRace) {
        // another server stored its new key first: that one is everybody's now
        key = keys.accessTokenKey();
      }
    }
    return key;
  }

  /** Who a token speaks for: an account, within one login session. */
  public record TokenSubject(String accountId, UUID sessionId) {}
}
