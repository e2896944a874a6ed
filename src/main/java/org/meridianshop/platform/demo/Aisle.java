package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subcategory of the demo catalog and everything needed to invent its products: model numbers,
 * kinds of product, attributes, a price range, variants and the phrases their descriptions are
 * built from. Written fluently so the department classes read like a table.
 */
final class Aisle {

  private final String name;
  private final String slug;
  private String description = "";
  private List<String> models = List.of();
  private List<Spec> specs = List.of();
  private List<AttributeChoice> choices = List.of();
  private BigDecimal lowestPrice = BigDecimal.ZERO;
  private BigDecimal highestPrice = BigDecimal.ZERO;
  private VariantAxis variants;
  private List<String> leads = List.of();
  private List<String> features = List.of();

  private Aisle(String name, String slug) {
    this.name = name;
    this.slug = slug;
  }

  static Aisle named(String name, String slug) {
    return new Aisle(name, slug);
  }

  Aisle about(String description) {
    this.description = description;
    return this;
  }

  /** Model numbers; a product is named brand, line, model number and spec. */
  Aisle models(String... models) {
    this.models = List.of(models);
    return this;
  }

  Aisle specs(Spec... specs) {
    this.specs = List.of(specs);
    return this;
  }

  Aisle choices(AttributeChoice... choices) {
    this.choices = List.of(choices);
    return this;
  }

  Aisle prices(String lowest, String highest) {
    this.lowestPrice = new BigDecimal(lowest);
    this.highestPrice = new BigDecimal(highest);
    return this;
  }

  Aisle variants(VariantAxis variants) {
    this.variants = variants;
    return this;
  }

  /** Second halves of opening sentences, after "The Aria 300 ": "is a ...". */
  Aisle leads(String... leads) {
    this.leads = List.of(leads);
    return this;
  }

  /** Whole sentences about a feature; a description uses one to three of them. */
  Aisle features(String... features) {
    this.features = List.of(features);
    return this;
  }

  String name() {
    return name;
  }

  String slug() {
    return slug;
  }

  String description() {
    return description;
  }

  List<String> models() {
    return models;
  }

  List<Spec> specs() {
    return specs;
  }

  List<AttributeChoice> choices() {
    return choices;
  }

  BigDecimal lowestPrice() {
    return lowestPrice;
  }

  BigDecimal highestPrice() {
    return highestPrice;
  }

  /** The variant axis, or null when every product is sold in one form only. */
  VariantAxis variants() {
    return variants;
  }

  List<String> leads() {
    return leads;
  }

  List<String> features() {
    return features;
  }
}
