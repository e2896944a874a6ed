package org.meridianshop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A maker whose products the shop sells. */
@Entity
public class Brand {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String slug;
  private String description;

  /** Its products, so that search reindexes them when the brand is renamed. */
  @OneToMany(mappedBy = "brand")
  private List<Product> products = new ArrayList<>();

  protected Brand() {}

  /** A new brand whose slug is made from its name. */
  Brand(String name) {
    rename(name);
    this.slug = Text.slugOf(name);
  }

  /** A new name; the slug, which addresses and filters use, stays. */
  void rename(String newName) {
    name = newName;
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
}
