package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.NotAuthenticatedException;
import org.meridianshop.platform.security.Roles;

/** The accounts the shop knows. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public Optional<Account> withEmail(EmailAddress email) {
    return em.createQuery("from Account where email = :email", Account.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst();
  }

  /** Where alerts for the shop's administrators go. */
  public List<String> administratorEmails() {
    return em.createQuery("from Account where roles like :role order by email", Account.class)
        .setParameter("role", "%" + Roles.ADMIN + "%")
        .getResultStream()
        .filter(account -> account.roles().contains(Roles.ADMIN))
        .map(Account::email)
        .toList();
  }

  /** The phone number on an account's profile, if it has one (for text messages). */
  public Optional<String> phoneOf(String accountId) {
    return find(UUID.fromString(accountId))
        .map(account -> account.profile().phone())
        .filter(phone -> phone != null && !phone.isBlank());
  }

  /** How many accounts were opened in {@code [from, to)}: new customers, for reports. */
  public long openedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select count(a) from Account a where a.createdAt >= :from and a.createdAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /** The caller's own account; one that has gone is a caller who is no longer signed in. */
  public Account signedIn(String accountId) {
    return Optional.ofNullable(em.find(Account.class, UUID.fromString(accountId)))
        .orElseThrow(() -> new NotAuthenticatedException("Sign in again."));
  }

  Optional<Account> find(UUID id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** Stores a new account; a 409 if its email was taken in the meantime. */
  void add(Account account) {
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("An account with this email already exists.");
    }
  }
}
