package org.meridianshop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void aReviewKeepsItsStarsAndTrimmedText() {
    var review = Review.write(7, UUID.randomUUID(), 4, "  Comfy ", " Fits well.\n", NOW);
    assertThat(review.rating()).isEqualTo(4);
    assertThat(review.title()).isEqualTo("Comfy");
    assertThat(review.body()).isEqualTo("Fits well.");
    assertThat(review.productId()).isEqualTo(7);
  }

  @Test
  void starsAreOneToFiveAndTitleAndTextAreRequired() {
    for (var stars : new Integer[] {0, 6, null}) {
      assertThatThrownBy(() -> Review.write(7, UUID.randomUUID(), stars, "t", "b", NOW))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              refusal ->
                  assertThat(refusal.fieldErrors())
                      .extracting(FieldError::field)
                      .containsExactly("rating"));
    }
    assertThatThrownBy(() -> Review.write(7, UUID.randomUUID(), 5, " ", "x".repeat(4001), NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("title", "body"));
  }
}
