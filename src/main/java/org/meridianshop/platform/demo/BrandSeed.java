package org.meridianshop.platform.demo;

import java.util.List;

/**
 * An invented brand: the name used in product names, its SKU prefix, what it makes (slugs of
 * departments or of single aisles), its product lines, and the hue its pictures are drawn in.
 */
record BrandSeed(
    String name,
    String shortName,
    String skuPrefix,
    String description,
    List<String> makes,
    List<String> lines,
    int hue) {}
