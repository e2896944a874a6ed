package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * The embedded default's mail sink: every email the shop sends lands in a table that the admin
 * console and {@code /api/admin/mailbox} show, so a shop with no SMTP server still works end to end
 * (a shopper's verification link can be read there).
 */
// typed as itself only: the Mailer in use is the one NotificationSettings picks
@ApplicationScoped
@Typed(LocalMailbox.class)
public class LocalMailbox implements Mailer {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void send(Email email) {
    em.persist(new MailboxMessage(email, Instant.now()));
  }

  @Override
  public String description() {
    return "the local mailbox (/admin/mailbox.xhtml), since SMTP_HOST is not set";
  }

  /** The newest messages first, all or those to one address. */
  @Transactional(TxType.SUPPORTS)
  public List<MailboxMessage> newest(Optional<String> recipient, int limit) {
    var query =
        recipient.isPresent()
            ? em.createQuery(
                    "from MailboxMessage where lower(recipient) = :recipient"
                        + " order by deliveredAt desc",
                    MailboxMessage.class)
                .setParameter("recipient", recipient.get().trim().toLowerCase(Locale.ROOT))
            : em.createQuery("from MailboxMessage order by deliveredAt desc", MailboxMessage.class);
    return query.setMaxResults(limit).getResultList();
  }

  @Transactional(TxType.SUPPORTS)
  public MailboxMessage message(UUID id) {
    return Optional.ofNullable(em.find(MailboxMessage.class, id))
        .orElseThrow(() -> new NotFoundException("No such message in the mailbox."));
  }
}
