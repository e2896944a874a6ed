package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A place that holds stock, known to operators by its short code (such as {@code AMS}). An inactive
 * warehouse keeps its stock on the books but takes no restock.
 */
@Entity
public class Warehouse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String address;
  private String city;
  private String country;
  private boolean active;

  protected Warehouse() {}

  Warehouse(WarehouseDetails details) {
    edit(details);
  }

  /** Takes details already {@linkplain WarehouseDetails#validated() validated}. */
  void edit(WarehouseDetails details) {
    code = details.code();
    name = details.name();
    address = details.address();
    city = details.city();
    country = details.country();
    active = details.active();
  }

  public WarehouseDetails details() {
    return new WarehouseDetails(code, name, address, city, country, active);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String city() {
    return city;
  }

  public String country() {
    return country;
  }

  public boolean active() {
    return active;
  }
}
