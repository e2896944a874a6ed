package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.accounts.UsersApi.me;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.TestSigningKey;

/**
 * Access tokens the shop did not issue as they are: expired, tampered with, or signed with another
 * key. (The production wiring's signing key is known to the tests, so they can forge them.)
 */
@ExtendWith(RunningShop.class)
class ForgedTokensIT {

  @Test
  void aWellSignedTokenForALiveSessionIsAccepted() throws Exception {
    var registered = UsersApi.register();
    var claims = SignedJWT.parse(registered.accessToken()).getJWTClaimsSet();
    var forged = sign(claims, TestSigningKey.bytes());
    assertThat(me(forged)).as("the test forges as the shop signs").isEqualTo(200);
  }

  @Test
  void anExpiredAccessTokenIsA401() throws Exception {
    var registered = UsersApi.register();
    var claims = SignedJWT.parse(registered.accessToken()).getJWTClaimsSet();
    var issued = Instant.now().minus(Duration.ofMinutes(16));
    var expired =
        new JWTClaimsSet.Builder(claims)
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(issued.plus(Duration.ofMinutes(15))))
            .build();
    assertThat(me(sign(expired, TestSigningKey.bytes()))).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsA401() throws Exception {
    var registered = UsersApi.register();
    var claims = SignedJWT.parse(registered.accessToken()).getJWTClaimsSet();
    var otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);
    assertThat(me(sign(claims, otherKey))).isEqualTo(401);
  }

  @Test
  void aTokenWhoseSubjectWasChangedIsA401() throws Exception {
    var victim = UsersApi.register();
    var attacker = UsersApi.register();
    var parts = attacker.accessToken().split("\\.");
    var victimClaims = victim.accessToken().split("\\.")[1];
    assertThat(me(parts[0] + "." + victimClaims + "." + parts[2])).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsA401() throws Exception {
    var registered = UsersApi.register();
    var claims = registered.accessToken().split("\\.")[1];
    var none =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(me(none + "." + claims + ".")).isEqualTo(401);
  }

  private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(key));
    return jwt.serialize();
  }
}
