package org.meridianshop.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An address in a customer's address book, for shipping or for billing. */
@Entity
@Table(name = "account_address")
public class Address {

  /** What the address is for. */
  public enum Kind {
    SHIPPING,
    BILLING
  }

  @Id private UUID id;
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String name;
  private String line1;
  private String line2;
  private String city;
  private String region;
  private String postalCode;
  private String country;
  private String phone;

  @Column(name = "is_default")
  private boolean preferred;

  private Instant createdAt;
  @Version private long version;

  protected Address() {}

  Address(UUID accountId, Kind kind, PostalAddress address, Instant now) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.kind = kind;
    this.createdAt = now;
    change(address);
  }

  void change(PostalAddress address) {
    this.name = address.name();
    this.line1 = address.line1();
    this.line2 = address.line2();
    this.city = address.city();
    this.region = address.region();
    this.postalCode = address.postalCode();
    this.country = address.country();
    this.phone = address.phone();
  }

  void prefer(boolean preferred) {
    this.preferred = preferred;
  }

  boolean belongsTo(UUID account) {
    return accountId.equals(account);
  }

  public String id() {
    return id.toString();
  }

  UUID uuid() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether this is the address the shop suggests first for its kind. */
  public boolean preferred() {
    return preferred;
  }

  public PostalAddress postalAddress() {
    return new PostalAddress(name, line1, line2, city, region, postalCode, country, phone);
  }
}
