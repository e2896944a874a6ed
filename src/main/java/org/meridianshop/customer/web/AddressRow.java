package org.meridianshop.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.meridianshop.customer.Address;
import org.meridianshop.customer.PostalAddress;

/** An address book entry as the page lists it. */
public record AddressRow(
    String id,
    String kind,
    boolean preferred,
    String name,
    String line1,
    String line2,
    String city,
    String region,
    String postalCode,
    String country,
    String phone) {

  static AddressRow of(Address address) {
    var postal = address.postalAddress();
    return new AddressRow(
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

  /** The lines of the address as an envelope shows them. */
  public List<String> lines() {
    var cityLine =
        Stream.of(postalCode, city, region)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    var countryName = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    return Stream.of(name, line1, line2, cityLine, countryName, phone)
        .filter(Objects::nonNull)
        .toList();
  }
}
