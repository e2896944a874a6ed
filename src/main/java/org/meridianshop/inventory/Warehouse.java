package org.meridianshop.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A place that holds stock, known to operators by its short code (such as {@code AMS}). */
@Entity
public class Warehouse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String city;
  private String country;

  protected Warehouse() {}

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
}
