package org.meridianshop.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.redis.RedisSettings.RedisAddress;

class RedisSettingsTest {

  @Test
  void aPlainUrlIsTheAddress() {
    assertThat(RedisAddress.parse("redis://cache.internal:6380"))
        .isEqualTo(
            new RedisAddress("redis://cache.internal:6380", Optional.empty(), Optional.empty()));
  }

  @Test
  void theDefaultPortIsRedisOwn() {
    assertThat(RedisAddress.parse("rediss://cache.internal").address())
        .isEqualTo("rediss://cache.internal:6379");
  }

  @Test
  void credentialsAreTakenOutOfTheAddress() {
    assertThat(RedisAddress.parse("redis://:s3cret@cache:6379"))
        .isEqualTo(new RedisAddress("redis://cache:6379", Optional.empty(), Optional.of("s3cret")));
    assertThat(RedisAddress.parse("redis://shop:s3cret@cache:6379"))
        .isEqualTo(
            new RedisAddress("redis://cache:6379", Optional.of("shop"), Optional.of("s3cret")));
  }

  @Test
  void anotherSchemeIsRefused() {
    assertThatThrownBy(() -> RedisAddress.parse("http://cache:6379"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
