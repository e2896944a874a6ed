package org.meridianshop.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.meridianshop.platform.security.Roles;

/**
 * Someone who can sign in: a shopper, an administrator, or both. The email is the login and is
 * unique; the password is kept only as a bcrypt hash.
 */
@Entity
public class Account {

  @Id private UUID id;
  private String email;
  private String passwordHash;
  private String firstName;
  private String lastName;
  private String phone;
  private boolean emailVerified;
  private String roles;
  private Instant createdAt;
  private Instant lastLoginAt;
  private Instant passwordChangedAt;
  @Version private long version;

  protected Account() {}

  private Account(
      EmailAddress email, String passwordHash, Profile profile, String roles, Instant now) {
    this.id = UUID.randomUUID();
    this.email = email.value();
    this.passwordHash = passwordHash;
    this.roles = roles;
    this.createdAt = now;
    this.passwordChangedAt = now;
    changeProfile(profile);
  }

  static Account customer(EmailAddress email, String passwordHash, Profile profile, Instant now) {
    return new Account(email, passwordHash, profile, Roles.CUSTOMER, now);
  }

  /** The first administrator, whose address the operator vouches for. */
  static Account administrator(EmailAddress email, String passwordHash, Instant now) {
    var admin =
        new Account(
            email, passwordHash, new Profile("Shop", "Administrator", null), Roles.ADMIN, now);
    admin.emailVerified = true;
    return admin;
  }

  void changeProfile(Profile profile) {
    this.firstName = profile.firstName();
    this.lastName = profile.lastName();
    this.phone = profile.phone();
  }

  void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
  }

  void verifyEmail() {
    this.emailVerified = true;
  }

  void recordLogin(Instant now) {
    this.lastLoginAt = now;
  }

  void grant(String role) {
    var granted = new LinkedHashSet<>(roles());
    granted.add(role);
    this.roles = String.join(",", granted);
  }

  public String id() {
    return id.toString();
  }

  UUID uuid() {
    return id;
  }

  public String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Profile profile() {
    return new Profile(firstName, lastName, phone);
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public Set<String> roles() {
    return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }
}
