package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import org.meridianshop.customer.OneTimeToken.Purpose;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.security.SecretTokens;

/** Issues and redeems the single-use tokens that email links carry. */
@ApplicationScoped
public class OneTimeTokens {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** A new token for the account; only its hash is kept. */
  @Transactional(TxType.MANDATORY)
  public IssuedToken issue(Account account, Purpose purpose, Instant now) {
    var token = SecretTokens.newToken();
    var stored = new OneTimeToken(SecretTokens.hashOf(token), account.uuid(), purpose, now);
    em.persist(stored);
    return new IssuedToken(token, stored.expiresAt());
  }

  /** The account the token was issued to, using the token up; a 400 if it cannot be used. */
  @Transactional(TxType.MANDATORY)
  public Account redeem(String token, Purpose purpose, String field, Instant now) {
    return Optional.ofNullable(token)
        .filter(t -> !t.isBlank())
        .map(
            t ->
                em.find(
                    OneTimeToken.class,
                    SecretTokens.hashOf(t.trim()),
                    LockModeType.PESSIMISTIC_WRITE))
        .filter(stored -> stored.redeem(purpose, now))
        .map(stored -> em.find(Account.class, stored.accountId()))
        .orElseThrow(
            () -> new InvalidInputException(field, "This link is invalid, used or expired."));
  }

  /** A token as its holder receives it. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
