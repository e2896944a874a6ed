package org.meridianshop.notification;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The Google service account the shop sends push notifications as: its email, its private key and
 * where it trades a signed assertion for an access token, read from the JSON key file Google hands
 * out (given as the file's path or as its content).
 */
record GoogleServiceAccount(String clientEmail, PrivateKey privateKey, URI tokenUri) {

  private static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

  static GoogleServiceAccount read(String pathOrContent) {
    var text = pathOrContent.strip();
    if (!text.startsWith("{")) {
      try {
        text = Files.readString(Path.of(text));
      } catch (IOException e) {
        throw new UncheckedIOException("FCM_CREDENTIALS names no readable file: " + text, e);
      }
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return of(reader.readObject());
    } catch (JsonException | ClassCastException e) {
      throw new IllegalArgumentException("FCM_CREDENTIALS is not a service account's JSON", e);
    }
  }

  private static GoogleServiceAccount of(JsonObject json) {
    return new GoogleServiceAccount(
        json.getString("client_email"),
        privateKey(json.getString("private_key")),
        URI.create(json.getString("token_uri", DEFAULT_TOKEN_URI)));
  }

  /** The key as Google writes it: PKCS#8 in PEM. */
  private static PrivateKey privateKey(String pem) {
    var base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The service account's private_key is no RSA key", e);
    }
  }
}
