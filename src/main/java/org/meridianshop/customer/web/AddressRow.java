package org.meridianshop.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.meridianshop.customer.Address;
import org.meridianshop.customer.PostalAddress;

/** An address book entry as the page lists it. */
public record AddressRow(String id, String kind, boolean preferred, PostalAddress postal) {

  public static AddressRow of(Address address) {
    return new AddressRow(
        address.id(),
        address.kind().name().toLowerCase(Locale.ROOT),
        address.preferred(),
        address.postalAddress());
  }

  /** The lines of the address as an envelope shows them. */
  public List<String> lines() {
    var cityLine =
        Stream.of(postal.postalCode(), postal.city(), postal.region())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    var countryName = new Locale("", postal.country()).getDisplayCountry(Locale.ENGLISH);
    return Stream.of(
            postal.name(), postal.line1(), postal.line2(), cityLine, countryName, postal.phone())
        .filter(Objects::nonNull)
        .toList();
  }

  /** The address on one line, for a list to choose from. */
  public String oneLine() {
    return String.join(", ", lines());
  }
}
