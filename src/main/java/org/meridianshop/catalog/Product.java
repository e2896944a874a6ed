package org.meridianshop.catalog;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridianshop.platform.money.Money;

/**
 * Something the shop sells, with its variants and images. The available quantity is the inventory's
 * total, copied here so listings can filter and show stock without asking inventory.
 */
@Entity
public class Product {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String slug;
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "brand_id")
  private Brand brand;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  private ProductStatus status;

  private BigDecimal price;

  @Convert(converter = AttributesConverter.class)
  private Map<String, String> attributes;

  private BigDecimal rating;
  private int reviewCount;
  private int availableQuantity;
  private int lowStockThreshold;
  private boolean featured;
  private Instant createdAt;

  @Transient private boolean unlistedStockChange;
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "product")
  @OrderBy("position")
  private List<ProductImage> images = new ArrayList<>();

  @OneToMany(mappedBy = "product")
  @OrderBy("position")
  private List<ProductVariant> variants = new ArrayList<>();

  protected Product() {}

  /** A new product from a checked draft; it has no variants or pictures yet. */
  Product(ProductDraft draft, Brand brand, Category category, Instant now) {
    this.attributes = Map.of();
    this.rating = BigDecimal.ZERO;
    this.lowStockThreshold = 5;
    this.createdAt = now;
    revise(draft, brand, category, now);
  }

  /** An administrator's whole edit from a checked draft. */
  void revise(ProductDraft draft, Brand newBrand, Category newCategory, Instant now) {
    name = draft.name();
    slug = draft.slug();
    description = draft.description();
    brand = newBrand;
    category = newCategory;
    status = draft.productStatus();
    price = draft.price();
    attributes = draft.attributes();
    updatedAt = now;
  }

  /** A new variant, listed after the others; the caller persists it. */
  ProductVariant addVariant(VariantDraft draft, Instant now) {
    var variant = new ProductVariant(this, draft, variants.size());
    variants.add(variant);
    updatedAt = now;
    return variant;
  }

  /** A new picture, shown after the others; the caller persists it. */
  ProductImage addImage(String url, String altText, Instant now) {
    var image = new ProductImage(this, url, altText, images.size());
    images.add(image);
    updatedAt = now;
    return image;
  }

  /** Takes the product off sale; it stays in past orders and the console. */
  void archive(Instant now) {
    status = ProductStatus.ARCHIVED;
    updatedAt = now;
  }

  /**
   * Takes the reviews' tally as the product's rating: their average to one decimal (half up), 0
   * when there are none. The tally comes from the reviews themselves, so it never drifts.
   */
  void rate(long ratingsTotal, int reviews) {
    if (reviews < 0 || ratingsTotal < reviews || ratingsTotal > 5L * reviews) {
      throw new IllegalArgumentException(
          "No " + reviews + " reviews of 1 to 5 stars add up to " + ratingsTotal);
    }
    reviewCount = reviews;
    rating =
        reviews == 0
            ? BigDecimal.ZERO.setScale(1)
            : BigDecimal.valueOf(ratingsTotal)
                .divide(BigDecimal.valueOf(reviews), 1, RoundingMode.HALF_UP);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public String description() {
    return description;
  }

  public Brand brand() {
    return brand;
  }

  public Category category() {
    return category;
  }

  public ProductStatus status() {
    return status;
  }

  public boolean isVisibleToShoppers() {
    return status == ProductStatus.ACTIVE;
  }

  /** An administrator's edit: only the parts given (not null) change. */
  void edit(String newName, String newDescription, ProductStatus newStatus, Instant now) {
    if (newName != null) {
      name = newName;
    }
    if (newDescription != null) {
      description = newDescription;
    }
    if (newStatus != null) {
      status = newStatus;
    }
    updatedAt = now;
  }

  public Money price() {
    return Money.usd(price);
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public BigDecimal rating() {
    return rating;
  }

  public int reviewCount() {
    return reviewCount;
  }

  public int availableQuantity() {
    return Math.max(availableQuantity, 0);
  }

  /** Takes the inventory's new available total as the catalog's copy, and says what changed. */
  AvailabilityChange copyAvailableQuantity(int available) {
    var change = new AvailabilityChange(availableQuantity, available, lowStockThreshold);
    availableQuantity = available;
    unlistedStockChange = change.any() && !change.showsInLists();
    return change;
  }

  /**
   * Whether the change being saved only moved a stock count that cards in lists and search results
   * do not show, so their cached pages may keep the old count for a while (the count is only in the
   * API's list JSON). Known for this instance only: a change loaded elsewhere is taken as shown.
   */
  public boolean onlyUnlistedStockChanged() {
    return unlistedStockChange;
  }

  public StockStatus stockStatus() {
    return StockStatus.of(availableQuantity, lowStockThreshold);
  }

  public boolean isFeatured() {
    return featured;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<ProductImage> images() {
    return List.copyOf(images);
  }

  public List<ProductVariant> variants() {
    return List.copyOf(variants);
  }
}
