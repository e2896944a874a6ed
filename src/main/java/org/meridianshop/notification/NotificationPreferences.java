package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridianshop.platform.errors.BusinessRuleException;

/**
 * What each customer wants to receive, per kind and channel. Everything is on until switched off;
 * transactional email cannot be switched off (a customer who asked for a password reset gets it).
 */
@ApplicationScoped
public class NotificationPreferences {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Whether the account wants this kind on this channel (no account: an alert, always sent). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean wanted(String accountId, NotificationKind kind, Channel channel) {
    if (accountId == null || !kind.optionalOn(channel)) {
      return true;
    }
    var choice = em.find(NotificationPreference.class, key(accountId, kind, channel));
    return choice == null || choice.enabled();
  }

  /** Every kind with each channel's choice, for the account's settings. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Choice> of(String accountId) {
    return Arrays.stream(NotificationKind.values())
        .map(
            kind -> {
              var channels = new LinkedHashMap<Channel, Boolean>();
              for (var channel : Channel.values()) {
                channels.put(channel, wanted(accountId, kind, channel));
              }
              return new Choice(kind, channels);
            })
        .toList();
  }

  /** Records the choices given; switching off transactional email is refused (422). */
  @Transactional
  public List<Choice> choose(String accountId, List<Choice> choices) {
    var now = Instant.now();
    for (var choice : choices) {
      choice
          .channels()
          .forEach(
              (channel, enabled) -> {
                if (!enabled && !choice.kind().optionalOn(channel)) {
                  throw new BusinessRuleException(
                      choice.kind().template()
                          + " email is part of what you do in the shop and is always sent.");
                }
                var key = key(accountId, choice.kind(), channel);
                var existing = em.find(NotificationPreference.class, key);
                if (existing == null) {
                  em.persist(new NotificationPreference(key, enabled, now));
                } else {
                  existing.choose(enabled, now);
                }
              });
    }
    return of(accountId);
  }

  private static NotificationPreference.Key key(
      String accountId, NotificationKind kind, Channel channel) {
    return new NotificationPreference.Key(
        accountId, kind.template(), channel.name().toLowerCase(Locale.ROOT));
  }

  /** A kind of notification and whether it is wanted on each channel. */
  public record Choice(NotificationKind kind, Map<Channel, Boolean> channels) {}
}
