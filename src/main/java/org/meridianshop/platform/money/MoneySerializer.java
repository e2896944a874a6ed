package org.meridianshop.platform.money;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes {@link Money} as the API's money object with the amount as a decimal string. */
public class MoneySerializer implements JsonbSerializer<Money> {

  @Override
  public void serialize(Money money, JsonGenerator json, SerializationContext context) {
    json.writeStartObject();
    json.write("amount", money.amountText());
    json.write("currency", money.currency().getCurrencyCode());
    json.writeEnd();
  }
}
