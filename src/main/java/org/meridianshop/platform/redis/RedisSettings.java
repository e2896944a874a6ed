package org.meridianshop.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Redis is: set {@code REDIS_URL} ({@code redis://host:6379}, {@code rediss://} for TLS, a
 * password as {@code redis://:secret@host:6379} or {@code redis://user:secret@host:6379}) and the
 * shop's cache and rate limiter live in Redis, shared by every server. Unset, they stay in-process.
 */
@ApplicationScoped
public class RedisSettings {

  @Inject
  @ConfigProperty(name = "redis.url")
  Optional<String> url;

  public boolean isConfigured() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  /** The configured URL, checked; it throws when Redis is not configured. */
  RedisAddress address() {
    return RedisAddress.parse(url.filter(u -> !u.isBlank()).orElseThrow());
  }

  /** A Redis URL split into what Redisson wants: the address without credentials, and those. */
  record RedisAddress(String address, Optional<String> username, Optional<String> password) {

    static RedisAddress parse(String url) {
      var uri = URI.create(url.trim());
      if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
        throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss://");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("REDIS_URL has no host: " + uri.getScheme() + "://…");
      }
      var port = uri.getPort() == -1 ? 6379 : uri.getPort();
      var address = uri.getScheme() + "://" + uri.getHost() + ":" + port;
      var userInfo = Optional.ofNullable(uri.getUserInfo()).orElse("");
      var colon = userInfo.indexOf(':');
      if (colon < 0) {
        // redis://secret@host is how some providers write a password alone
        return new RedisAddress(address, Optional.empty(), nonBlank(userInfo));
      }
      return new RedisAddress(
          address, nonBlank(userInfo.substring(0, colon)), nonBlank(userInfo.substring(colon + 1)));
    }

    private static Optional<String> nonBlank(String value) {
      return Optional.of(value).filter(v -> !v.isBlank());
    }
  }
}
