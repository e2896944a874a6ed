package org.meridianshop.inventory.web;

import org.meridianshop.inventory.WarehouseDetails;

/** What an operator fills in to create or edit a warehouse. */
public class WarehouseForm {

  private String code;
  private String name;
  private String address;
  private String city;
  private String country;
  private boolean active = true;

  WarehouseDetails details() {
    return new WarehouseDetails(code, name, address, city, country, active);
  }

  void fill(WarehouseDetails details) {
    code = details.code();
    name = details.name();
    address = details.address();
    city = details.city();
    country = details.country();
    active = details.active();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
