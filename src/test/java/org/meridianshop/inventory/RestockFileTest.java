package org.meridianshop.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.ShopException.FieldError;

class RestockFileTest {

  @Test
  void readsRowsSkippingTheHeaderAndBlankLines() {
    var file = RestockFile.parse("sku,warehouseCode,quantity\r\nA-1, EWR ,10\n\nB-2,SFO,3\n");
    assertThat(file.errors()).isEmpty();
    assertThat(file.rows())
        .containsExactly(
            new RestockFile.Row(2, "A-1", "EWR", 10), new RestockFile.Row(4, "B-2", "SFO", 3));
  }

  @Test
  void listsEveryBadLineByItsNumber() {
    var file = RestockFile.parse("A-1,EWR,0\nA-1,EWR\n,EWR,2\nA-1,EWR,many\nA-1,EWR,5");
    assertThat(file.errors())
        .extracting(FieldError::field)
        .containsExactly("line 1", "line 2", "line 3", "line 4");
    assertThat(file.rows()).hasSize(1);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(RestockFile.parse("sku,warehouseCode,quantity\n").errors())
        .extracting(FieldError::field)
        .containsExactly("file");
  }
}
