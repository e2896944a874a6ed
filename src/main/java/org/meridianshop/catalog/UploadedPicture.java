package org.meridianshop.catalog;

import java.util.Arrays;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * A picture an administrator uploads, accepted only as JPEG, PNG or WebP of at most 5 MB. The type
 * is read from the file's first bytes, not from what the browser claims; SVG is refused, since it
 * can carry scripts.
 */
public record UploadedPicture(String contentType, byte[] content) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The picture, or a refusal naming the field {@code image}. */
  public static UploadedPicture of(byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("Choose a picture to upload.");
    }
    if (content.length > MAX_BYTES) {
      throw refused("The picture is larger than 5 MB.");
    }
    return new UploadedPicture(typeOf(content), content.clone());
  }

  private static String typeOf(byte[] content) {
    if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    throw refused("Upload a JPEG, PNG or WebP picture.");
  }

  private static boolean startsWith(byte[] content, int offset, int... expected) {
    if (content.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((content[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException("image", message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UploadedPicture that
        && contentType.equals(that.contentType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * contentType.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "UploadedPicture[" + contentType + ", " + content.length + " bytes]";
  }
}
