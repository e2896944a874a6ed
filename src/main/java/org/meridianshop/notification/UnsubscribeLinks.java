package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.meridianshop.platform.security.SigningKeys;

/**
 * The links in optional emails that switch that kind of email off with no sign-in: the account and
 * the kind, signed with a key derived from the shop's signing key, so nobody can forge one for
 * another account. They do not expire: an old email's link still works.
 */
@ApplicationScoped
public class UnsubscribeLinks {

  static final String PAGE = "unsubscribe.xhtml";
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  @Inject SigningKeys keys;
  @Inject NotificationSettings settings;

  /** Who asked to stop which kind of email. */
  public record Unsubscription(String accountId, NotificationKind kind) {}

  public String link(String accountId, NotificationKind kind) {
    return settings.publicUrl() + PAGE + "?token=" + token(accountId, kind);
  }

  String token(String accountId, NotificationKind kind) {
    var payload =
        ENCODER.encodeToString(
            (accountId + "|" + kind.template()).getBytes(StandardCharsets.UTF_8));
    return payload + "." + ENCODER.encodeToString(signature(payload));
  }

  /** The unsubscription a token stands for; empty when it is malformed or not signed by us. */
  public Optional<Unsubscription> read(String token) {
    if (token == null) {
      return Optional.empty();
    }
    var dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    var payload = token.substring(0, dot);
    try {
      var given = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(given, signature(payload))) {
        return Optional.empty();
      }
      var parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", 2);
      return Optional.of(new Unsubscription(parts[0], NotificationKind.ofTemplate(parts[1])));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private byte[] signature(String payload) {
    try {
      var derive = Mac.getInstance(ALGORITHM);
      derive.init(new SecretKeySpec(keys.accessTokenKey(), ALGORITHM));
      var key = derive.doFinal("notification-unsubscribe".getBytes(StandardCharsets.UTF_8));
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
