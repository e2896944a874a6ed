package org.meridianshop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A place in the two-level catalog tree: a department such as Computers, or one of its aisles. */
@Entity
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  @OneToMany(mappedBy = "parent")
  @OrderBy("position, name")
  private List<Category> children = new ArrayList<>();

  private String name;
  private String slug;
  private String description;
  private int position;

  /** Its own products, so that search reindexes them when the category is renamed. */
  @OneToMany(mappedBy = "category")
  private List<Product> products = new ArrayList<>();

  protected Category() {}

  /** A new category under a department, or a department when the parent is null. */
  Category(String name, Category parent) {
    this.name = name;
    this.slug = Text.slugOf(name);
    this.description = "";
    this.parent = parent;
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

  public Category parent() {
    return parent;
  }

  public List<Category> children() {
    return List.copyOf(children);
  }

  public boolean isTopLevel() {
    return parent == null;
  }

  /** This category's id and those of all categories below it: what a listing of it includes. */
  public List<Long> selfAndDescendantIds() {
    return Stream.concat(
            Stream.of(id), children.stream().flatMap(c -> c.selfAndDescendantIds().stream()))
        .toList();
  }
}
