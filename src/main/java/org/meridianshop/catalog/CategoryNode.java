package org.meridianshop.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;

/** A category with the categories below it, as the navigation and the API show the tree. */
@JsonbPropertyOrder({"id", "name", "slug", "description", "children"})
public record CategoryNode(
    String id, String name, String slug, String description, List<CategoryNode> children)
    implements Serializable {

  static CategoryNode of(Category category) {
    return new CategoryNode(
        category.id().toString(),
        category.name(),
        category.slug(),
        category.description(),
        category.children().stream().map(CategoryNode::of).toList());
  }
}
