package org.meridianshop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitRecordingTest {

  @Test
  void storefrontPagesCountAsVisits() {
    assertThat(VisitRecording.isStorefrontPage("/")).isTrue();
    assertThat(VisitRecording.isStorefrontPage("/product.xhtml")).isTrue();
    assertThat(VisitRecording.isStorefrontPage("/account/orders.xhtml")).isTrue();
  }

  @Test
  void theConsoleResourcesAndTheApiDoNot() {
    assertThat(VisitRecording.isStorefrontPage("/admin/dashboard.xhtml")).isFalse();
    assertThat(VisitRecording.isStorefrontPage("/jakarta.faces.resource/faces.js.xhtml")).isFalse();
    assertThat(VisitRecording.isStorefrontPage("/themes/default/shop.css")).isFalse();
    assertThat(VisitRecording.isStorefrontPage("/api/products")).isFalse();
  }
}
