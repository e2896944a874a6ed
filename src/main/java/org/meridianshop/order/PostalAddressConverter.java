package org.meridianshop.order;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.meridianshop.customer.PostalAddress;

/**
 * Keeps an order's addresses as JSON: they are a snapshot of where the order goes, never queried by
 * their parts, and never change when the customer edits their address book.
 */
@Converter
public class PostalAddressConverter implements AttributeConverter<PostalAddress, String> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(PostalAddress address) {
    return address == null ? null : JSONB.toJson(address);
  }

  @Override
  public PostalAddress convertToEntityAttribute(String json) {
    return json == null ? null : JSONB.fromJson(json, PostalAddress.class);
  }
}
