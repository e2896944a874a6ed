package org.meridianshop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockLevelTest {

  private final StockLevel level = new StockLevel(null, 7);

  @Test
  void availableIsOnHandLessReserved() {
    level.adjust(10);
    level.reserve(3);
    assertThat(level.onHand()).isEqualTo(10);
    assertThat(level.reserved()).isEqualTo(3);
    assertThat(level.available()).isEqualTo(7);
  }

  @Test
  void takingAwayMoreThanIsOnHandIsRefusedAndChangesNothing() {
    level.adjust(4);
    assertThatThrownBy(() -> level.adjust(-5)).isInstanceOf(InsufficientStockException.class);
    assertThat(level.onHand()).isEqualTo(4);
  }

  @Test
  void reservedUnitsCannotBeCountedAway() {
    level.adjust(5);
    level.reserve(4);
    assertThatThrownBy(() -> level.adjust(-2)).isInstanceOf(InsufficientStockException.class);
    level.adjust(-1);
    assertThat(level.onHand()).isEqualTo(4);
    assertThat(level.available()).isZero();
  }

  @Test
  void reservingTheLastUnitTwiceFailsTheSecond() {
    level.adjust(1);
    level.reserve(1);
    assertThatThrownBy(() -> level.reserve(1)).isInstanceOf(InsufficientStockException.class);
    assertThat(level.reserved()).isEqualTo(1);
  }

  @Test
  void aSaleTakesUnitsFromOnHandAndReserved() {
    level.adjust(6);
    level.reserve(4);
    var change = level.sell(3);
    assertThat(change).isEqualTo(new StockChange(6, 4, 3, 1));
    assertThat(change.availableChange()).isZero();
    assertThat(level.available()).isEqualTo(2);
  }

  @Test
  void releasingGivesReservedUnitsBack() {
    level.adjust(2);
    level.reserve(2);
    var change = level.release(2);
    assertThat(change.availableChange()).isEqualTo(2);
    assertThat(level.available()).isEqualTo(2);
  }

  @Test
  void moreThanIsReservedCanBeNeitherSoldNorReleased() {
    level.adjust(5);
    level.reserve(1);
    assertThatThrownBy(() -> level.sell(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> level.release(2)).isInstanceOf(IllegalStateException.class);
    assertThat(level.reserved()).isEqualTo(1);
    assertThat(level.onHand()).isEqualTo(5);
  }

  @Test
  void quantitiesOfOperationsMustBePositive() {
    assertThatThrownBy(() -> level.reserve(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> level.restock(-3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyChangeReportsTheLevelBeforeAndAfter() {
    assertThat(level.restock(8)).isEqualTo(new StockChange(0, 0, 8, 0));
    assertThat(level.reserve(3)).isEqualTo(new StockChange(8, 0, 8, 3));
    assertThat(level.adjust(-2).availableChange()).isEqualTo(-2);
  }
}
