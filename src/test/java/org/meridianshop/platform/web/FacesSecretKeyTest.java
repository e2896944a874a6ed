package org.meridianshop.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacesSecretKeyTest {

  private static final String AES_256 = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void oneServerWithSessionsInMemoryNeedsNoKey() {
    assertThatCode(() -> FacesSecretKey.requireUsable("memory", Optional.empty()))
        .doesNotThrowAnyException();
  }

  @Test
  void sharedSessionsWithoutAKeyStopTheStartSayingWhatToSet() {
    assertThatThrownBy(() -> FacesSecretKey.requireUsable("redis", Optional.of(" ")))
        .hasMessageContaining("FACES_SECRET_KEY");
  }

  @Test
  void sharedSessionsTakeAnAesKeyInBase64() {
    assertThatCode(() -> FacesSecretKey.requireUsable("redis", Optional.of(AES_256)))
        .doesNotThrowAnyException();
  }

  @Test
  void aKeyTheCipherCannotUseStopsTheStart() {
    var twentyBytes = Base64.getEncoder().encodeToString(new byte[20]);
    for (var unusable : new String[] {twentyBytes, "not base64!", AES_256 + " "}) {
      assertThatThrownBy(() -> FacesSecretKey.requireUsable("redis", Optional.of(unusable)))
          .as(unusable)
          .hasMessageContaining("16, 24 or 32 bytes");
    }
  }
}
