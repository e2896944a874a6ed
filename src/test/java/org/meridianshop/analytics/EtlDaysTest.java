package org.meridianshop.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;

class EtlDaysTest {

  @Test
  void aRangeCoversItsDaysFromMidnightToMidnightUtc() {
    var days = EtlDays.parse("2026-11-23", "2026-11-24");

    assertThat(days.start()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(days.end()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(days.days()).hasSize(2);
  }

  @Test
  void aRangeThatEndsBeforeItStartsOrIsNoDateIsRefused() {
    assertThatThrownBy(() -> EtlDays.parse("2026-11-24", "2026-11-23"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> EtlDays.parse("yesterday", "2026-11-23"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> EtlDays.parse("2024-01-01", "2026-01-01"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aReadersCheckpointNamesTheLastOrderRead() {
    var position = PlacedOrderReader.position("2026-11-24T10:15:30.123Z/8a7f6e");

    assertThat(position.placedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123Z"));
    assertThat(position.orderId()).isEqualTo("8a7f6e");
  }
}
