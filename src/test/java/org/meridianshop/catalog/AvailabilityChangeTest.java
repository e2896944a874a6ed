package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvailabilityChangeTest {

  private static final int LOW = 5;

  @Test
  void aSaleWellInStockChangesNoCard() {
    var change = new AvailabilityChange(57, 56, LOW);
    assertThat(change.any()).isTrue();
    assertThat(change.showsInLists()).isFalse();
  }

  @Test
  void cardsShowAChangeOfStockStatus() {
    assertThat(new AvailabilityChange(6, 5, LOW).showsInLists()).as("now low").isTrue();
    assertThat(new AvailabilityChange(1, 0, LOW).showsInLists()).as("sold out").isTrue();
    assertThat(new AvailabilityChange(0, 40, LOW).showsInLists()).as("restocked").isTrue();
    assertThat(new AvailabilityChange(3, 9, LOW).showsInLists()).as("no longer low").isTrue();
  }

  @Test
  void cardsShowEveryCountWhileStockIsLow() {
    assertThat(new AvailabilityChange(4, 3, LOW).showsInLists()).isTrue();
  }

  @Test
  void theSameTotalAgainIsNoChange() {
    var change = new AvailabilityChange(3, 3, LOW);
    assertThat(change.any()).isFalse();
    assertThat(change.showsInLists()).isFalse();
  }

  @Test
  void theProductRemembersWhetherItsChangeIsOneListsLeaveOut() {
    var product = ProductTest.product();
    product.copyAvailableQuantity(50);
    product.copyAvailableQuantity(49);
    assertThat(product.onlyUnlistedStockChanged()).isTrue();
    product.copyAvailableQuantity(2);
    assertThat(product.onlyUnlistedStockChanged()).isFalse();
  }
}
