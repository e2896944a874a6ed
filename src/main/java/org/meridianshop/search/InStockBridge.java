package org.meridianshop.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes a product's available quantity as what shoppers filter on: is any left. */
class InStockBridge implements ValueBridge<Integer, Boolean> {

  @Override
  public Boolean toIndexedValue(Integer available, ValueBridgeToIndexedValueContext context) {
    return available != null && available > 0;
  }
}
