package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class UploadedPictureTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  @Test
  void theTypeIsReadFromTheFileItself() {
    assertThat(UploadedPicture.of(PNG).contentType()).isEqualTo("image/png");
    assertThat(
            UploadedPicture.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType())
        .isEqualTo("image/jpeg");
    var webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(UploadedPicture.of(webp).contentType()).isEqualTo("image/webp");
  }

  @Test
  void svgAndOtherFilesAreRefused() {
    assertRefused(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8),
        "Upload a JPEG, PNG or WebP picture.");
    assertRefused(new byte[0], "Choose a picture to upload.");
  }

  @Test
  void picturesOverFiveMegabytesAreRefused() {
    var large = Arrays.copyOf(PNG, UploadedPicture.MAX_BYTES + 1);
    assertRefused(large, "The picture is larger than 5 MB.");
    assertThat(UploadedPicture.of(Arrays.copyOf(PNG, UploadedPicture.MAX_BYTES)).content())
        .hasSize(UploadedPicture.MAX_BYTES);
  }

  private static void assertRefused(byte[] content, String message) {
    assertThatThrownBy(() -> UploadedPicture.of(content))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .containsExactly(new FieldError("image", message)));
  }
}
