package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class ProductDraftTest {

  @Test
  void aDraftIsTidiedWithASlugFromItsNameAndDraftStatusByDefault() {
    var attributes = new LinkedHashMap<String, String>();
    attributes.put(" colour ", " red ");
    attributes.put("empty", " ");
    var tidy =
        new ProductDraft(
                "  Café Noir 2 ", " ", null, "3", "4", null, new BigDecimal("12.5"), attributes)
            .validated();
    assertThat(tidy.name()).isEqualTo("Café Noir 2");
    assertThat(tidy.slug()).isEqualTo("cafe-noir-2");
    assertThat(tidy.description()).isEmpty();
    assertThat(tidy.productStatus()).isEqualTo(ProductStatus.DRAFT);
    assertThat(tidy.attributes()).containsExactly(Map.entry("colour", "red"));
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                new ProductDraft(
                        " ",
                        "Not A Slug",
                        "x".repeat(8001),
                        null,
                        "four",
                        "sold",
                        new BigDecimal("1.999"),
                        null)
                    .validated())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "name", "slug", "description", "brandId", "categoryId", "status", "price"));
  }

  @Test
  void attributesMustFitTheirColumn() {
    var many = new LinkedHashMap<String, String>();
    for (int i = 0; i < 20; i++) {
      many.put("name " + i, "v".repeat(400));
    }
    assertThatThrownBy(
            () ->
                new ProductDraft("Lamp", null, "", "1", "1", "active", BigDecimal.ONE, many)
                    .validated())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("attributes"));
  }

  @Test
  void pricesAreDollarsAndCentsFromZero() {
    assertThatThrownBy(() -> draft(new BigDecimal("-1")).validated())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> draft(null).validated()).isInstanceOf(InvalidInputException.class);
    assertThat(draft(new BigDecimal("0")).validated().price()).isZero();
  }

  @Test
  void aVariantNeedsASkuAndIsNamedByItsAttributesWhenLeftUnnamed() {
    var variant =
        new VariantDraft(" tr-42-m ", "", new BigDecimal("10"), Map.of("size", "M")).validated();
    assertThat(variant.sku()).isEqualTo("TR-42-M");
    assertThat(variant.name()).isEqualTo("M");
    assertThatThrownBy(() -> new VariantDraft("a b", null, null, Map.of()).validated())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refusal ->
                assertThat(refusal.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactly("sku", "name", "price"));
  }

  private static ProductDraft draft(BigDecimal price) {
    return new ProductDraft("Lamp", null, "", "1", "1", "active", price, Map.of());
  }
}
