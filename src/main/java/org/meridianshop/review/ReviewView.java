package org.meridianshop.review;

import java.io.Serializable;
import java.time.Instant;

/** A review as shoppers read it. */
public record ReviewView(String id, int rating, String title, String body, Instant createdAt)
    implements Serializable {

  static ReviewView of(Review review) {
    return new ReviewView(
        review.id().toString(), review.rating(), review.title(), review.body(), review.createdAt());
  }
}
