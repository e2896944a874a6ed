package org.meridianshop.customer.api;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Locale;
import org.meridianshop.customer.Address;
import org.meridianshop.customer.Address.Kind;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.platform.errors.InvalidInputException;

/** An address book entry as the API shows and takes it; kind is "shipping" or "billing". */
public record AddressView(
    String id,
    String kind,
    @JsonbProperty("default") Boolean preferred,
    String name,
    String line1,
    String line2,
    String city,
    String region,
    String postalCode,
    String country,
    String phone) {

  static AddressView of(Address address) {
    var postal = address.postalAddress();
    return new AddressView(
        address.id(),
        address.kind().name().toLowerCase(Locale.ROOT),
        address.preferred(),
        postal.name(),
        postal.line1(),
        postal.line2(),
        postal.city(),
        postal.region(),
        postal.postalCode(),
        postal.country(),
        postal.phone());
  }

  PostalAddress postalAddress() {
    return new PostalAddress(name, line1, line2, city, region, postalCode, country, phone);
  }

  boolean wantsDefault() {
    return Boolean.TRUE.equals(preferred);
  }

  Kind kindOrRefuse() {
    if (kind != null) {
      for (var known : Kind.values()) {
        if (known.name().equalsIgnoreCase(kind.trim())) {
          return known;
        }
      }
    }
    throw new InvalidInputException("kind", "Give \"shipping\" or \"billing\".");
  }
}
