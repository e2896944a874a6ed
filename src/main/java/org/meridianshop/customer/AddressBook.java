package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.meridianshop.customer.Address.Kind;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * A customer's saved addresses. Each kind has at most one default: the first address of a kind
 * becomes it, and choosing another moves it. Another customer's address does not exist here.
 */
@ApplicationScoped
public class AddressBook {

  private static final int MAX_ADDRESSES = 50;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public List<Address> of(String accountId) {
    return em.createQuery(
            "from Address where accountId = :account order by kind, createdAt", Address.class)
        .setParameter("account", UUID.fromString(accountId))
        .getResultList();
  }

  @Transactional
  public Address add(String accountId, Kind kind, PostalAddress address, boolean preferred) {
    var valid = address.validated();
    var existing = ofKind(accountId, kind);
    if (existing.size() >= MAX_ADDRESSES) {
      throw new InvalidInputException(
          "kind", "An address book holds at most " + MAX_ADDRESSES + " addresses of a kind.");
    }
    var added = new Address(UUID.fromString(accountId), kind, valid, clock.instant());
    em.persist(added);
    if (preferred || existing.isEmpty()) {
      prefer(existing, added);
    }
    return added;
  }

  @Transactional
  public Address change(
      String accountId, String addressId, PostalAddress address, boolean preferred) {
    var changed = owned(accountId, addressId);
    changed.change(address.validated());
    if (preferred) {
      prefer(ofKind(accountId, changed.kind()), changed);
    }
    return changed;
  }

  @Transactional
  public void remove(String accountId, String addressId) {
    var removed = owned(accountId, addressId);
    em.remove(removed);
    if (removed.preferred()) {
      ofKind(accountId, removed.kind()).stream()
          .filter(a -> !a.uuid().equals(removed.uuid()))
          .findFirst()
          .ifPresent(next -> next.prefer(true));
    }
  }

  private void prefer(List<Address> sameKind, Address chosen) {
    sameKind.forEach(a -> a.prefer(false));
    chosen.prefer(true);
  }

  private List<Address> ofKind(String accountId, Kind kind) {
    return em.createQuery(
            "from Address where accountId = :account and kind = :kind order by createdAt",
            Address.class)
        .setParameter("account", UUID.fromString(accountId))
        .setParameter("kind", kind)
        .getResultList();
  }

  private Address owned(String accountId, String addressId) {
    try {
      var address = em.find(Address.class, UUID.fromString(addressId));
      if (address != null && address.belongsTo(UUID.fromString(accountId))) {
        return address;
      }
    } catch (IllegalArgumentException e) {
      // not an id at all: as unknown as any other
    }
    throw new NotFoundException("There is no such address in your address book.");
  }
}
