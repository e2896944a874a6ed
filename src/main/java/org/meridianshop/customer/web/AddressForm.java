package org.meridianshop.customer.web;

import java.util.Locale;
import org.meridianshop.customer.Address.Kind;
import org.meridianshop.customer.PostalAddress;

/** What the address form holds while a customer types a new address or changes one. */
public class AddressForm {

  private String kind = Kind.SHIPPING.name();
  private boolean preferred;
  private String name;
  private String line1;
  private String line2;
  private String city;
  private String region;
  private String postalCode;
  private String country;
  private String phone;

  static AddressForm of(AddressRow row) {
    var form = new AddressForm();
    form.kind = row.kind().toUpperCase(Locale.ROOT);
    form.preferred = row.preferred();
    var postal = row.postal();
    form.name = postal.name();
    form.line1 = postal.line1();
    form.line2 = postal.line2();
    form.city = postal.city();
    form.region = postal.region();
    form.postalCode = postal.postalCode();
    form.country = postal.country();
    form.phone = postal.phone();
    return form;
  }

  public PostalAddress postalAddress() {
    return new PostalAddress(name, line1, line2, city, region, postalCode, country, phone);
  }

  /** The kind chosen; the choices are the form's own, so anything else means shipping. */
  Kind kindOrShipping() {
    return Kind.BILLING.name().equals(kind) ? Kind.BILLING : Kind.SHIPPING;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isPreferred() {
    return preferred;
  }

  public void setPreferred(boolean preferred) {
    this.preferred = preferred;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLine1() {
    return line1;
  }

  public void setLine1(String line1) {
    this.line1 = line1;
  }

  public String getLine2() {
    return line2;
  }

  public void setLine2(String line2) {
    this.line2 = line2;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
