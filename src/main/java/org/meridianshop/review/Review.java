package org.meridianshop.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** One customer's review of one product: 1 to 5 stars, a title and a text. */
@Entity
@Table(name = "product_review")
public class Review {

  static final int MAX_TITLE = 120;
  static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long productId;
  private UUID accountId;
  private int rating;
  private String title;
  private String body;
  private Instant createdAt;

  protected Review() {}

  private Review(
      long productId, UUID accountId, int rating, String title, String body, Instant at) {
    this.productId = productId;
    this.accountId = accountId;
    this.rating = rating;
    this.title = title;
    this.body = body;
    this.createdAt = at;
  }

  /** A checked review (title and text trimmed); 400 naming every field at fault. */
  static Review write(
      long productId, UUID accountId, Integer rating, String title, String body, Instant now) {
    var tidyTitle = title == null ? "" : title.strip();
    var tidyBody = body == null ? "" : body.strip();
    var errors = new ArrayList<FieldError>();
    if (rating == null || rating < 1 || rating > 5) {
      errors.add(new FieldError("rating", "Give 1 to 5 stars."));
    }
    if (tidyTitle.isEmpty() || tidyTitle.length() > MAX_TITLE) {
      errors.add(new FieldError("title", "Give a title of 1 to " + MAX_TITLE + " characters."));
    }
    if (tidyBody.isEmpty() || tidyBody.length() > MAX_BODY) {
      errors.add(new FieldError("body", "Write 1 to " + MAX_BODY + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Review(productId, accountId, rating, tidyTitle, tidyBody, now);
  }

  public Long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public int rating() {
    return rating;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
