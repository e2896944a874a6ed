package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** The devices customers' apps registered for push notifications, one account per device. */
@ApplicationScoped
public class Devices {

  private static final Set<String> PLATFORMS = Set.of("android", "ios", "web");
  private static final int MAX_TOKEN = 512;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Transactional
  public DeviceToken register(String accountId, String token, String platform) {
    var errors = new ArrayList<FieldError>();
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      errors.add(new FieldError("token", "must be 1 to " + MAX_TOKEN + " characters"));
    }
    var normalized = platform == null ? "" : platform.trim().toLowerCase(Locale.ROOT);
    if (!PLATFORMS.contains(normalized)) {
      errors.add(new FieldError("platform", "must be android, ios or web"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    var existing = em.find(DeviceToken.class, token);
    if (existing != null) {
      existing.belongTo(accountId, normalized);
      return existing;
    }
    var device = new DeviceToken(token, accountId, normalized, Instant.now());
    em.persist(device);
    return device;
  }

  /** Forgets the caller's device; another account's is a 404, as if it did not exist. */
  @Transactional
  public void remove(String accountId, String token) {
    var device = em.find(DeviceToken.class, token);
    if (device == null || !device.belongsTo(accountId)) {
      throw new NotFoundException("No such device.");
    }
    em.remove(device);
  }

  /** Forgets a device the push provider no longer knows, whoever it belonged to. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forget(String token) {
    var device = em.find(DeviceToken.class, token);
    if (device != null) {
      em.remove(device);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DeviceToken> of(String accountId) {
    return em.createQuery(
            "from DeviceToken where accountId = :account order by createdAt", DeviceToken.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
