package org.meridianshop.platform.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The HTTP entity tag of a media item: its id and a hash of its content, so a changed file never
 * passes for the old one in a cache.
 */
final class EntityTag {

  private EntityTag() {}

  static String of(Media media) {
    return "\"" + media.id() + "-" + sha256(media.content()).substring(0, 16) + "\"";
  }

  /**
   * Whether an {@code If-None-Match} header names the tag. Comparison is weak, as the header
   * requires: a {@code W/} prefix is ignored.
   */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (var candidate : ifNoneMatch.split(",")) {
      var trimmed = candidate.trim();
      if (trimmed.equals("*") || withoutWeakPrefix(trimmed).equals(tag)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutWeakPrefix(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
