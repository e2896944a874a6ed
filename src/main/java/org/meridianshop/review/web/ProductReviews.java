package org.meridianshop.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.meridianshop.catalog.web.ProductPage;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;
import org.meridianshop.review.ReviewView;
import org.meridianshop.review.Reviews;

/**
 * The reviews on a product page: the newest ten, and for a signed-in customer who received the
 * product and has not reviewed it yet, a form that writes one and shows the page again.
 */
@Named
@RequestScoped
public class ProductReviews {

  static final int SHOWN = 10;

  @Inject Reviews reviews;
  @Inject ProductPage productPage;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private Page<ReviewView> shown;
  private Boolean mayReview;
  private String rating = "5";
  private String title;
  private String body;

  public Page<ReviewView> getReviews() {
    if (shown == null) {
      shown = reviews.of(productId(), 1, SHOWN);
    }
    return shown;
  }

  public boolean isMayReview() {
    if (mayReview == null) {
      mayReview = caller.isSignedIn() && reviews.mayReview(caller.accountId(), productId());
    }
    return mayReview;
  }

  public void write() throws IOException {
    try {
      reviews.write(caller.accountId(), productId(), stars(), title, body);
      FormMessages.confirmAfterRedirect(faces, "Thank you: your review is on the page.");
      faces.getExternalContext().redirect(productPage.getUrl());
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public List<String> getStarChoices() {
    return List.of("5", "4", "3", "2", "1");
  }

  private Integer stars() {
    return rating != null && rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
  }

  private long productId() {
    return Long.parseLong(productPage.getProduct().id());
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
