package org.meridianshop.customer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.customer.LoginSession.Channel;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.errors.NotAuthenticatedException;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.platform.security.AccessTokens;
import org.meridianshop.platform.security.SecretTokens;

/**
 * Opens, refreshes and ends login sessions. A live session's state is cached for 15 minutes (in
 * Redis at scale) so that checking a token costs no database query; ending a session evicts it.
 */
@ApplicationScoped
public class LoginSessions {

  static final String CACHE = "login-sessions";
  static final Duration CACHED_FOR = Duration.ofMinutes(15);

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry synchronizations;

  @Inject Transactions transactions;

  @Inject AccessTokens accessTokens;
  @Inject CacheStore cache;

  private final Clock clock = Clock.systemUTC();

  /** A new session for the account; an API session comes with its first tokens. */
  @Transactional(TxType.MANDATORY)
  public SignedIn open(Account account, Channel channel) {
    var session = new LoginSession(account.uuid(), channel, clock.instant());
    em.persist(session);
    var tokens =
        channel == Channel.API ? Optional.of(tokensFor(session)) : Optional.<Tokens>empty();
    return new SignedIn(account, session.id(), tokens);
  }

  /**
   * Trades a refresh token for new tokens. A token used before is a stolen one: its whole session
   * is revoked and the call refused, as it is for unknown and expired tokens.
   */
  @Transactional(dontRollbackOn = NotAuthenticatedException.class)
  public Tokens refresh(String refreshToken) {
    var refused =
        new NotAuthenticatedException("The refresh token is invalid, expired or revoked.");
    if (refreshToken == null || refreshToken.isBlank()) {
      throw refused;
    }
    var hash = SecretTokens.hashOf(refreshToken.trim());
    var now = clock.instant();
    // one statement decides which of two racing uses wins
    var claimed =
        em.createQuery(
                "update RefreshToken set usedAt = :now where tokenHash = :hash and usedAt is null")
            .setParameter("now", now)
            .setParameter("hash", hash)
            .executeUpdate();
    var token = em.find(RefreshToken.class, hash);
    if (token == null) {
      throw refused;
    }
    var session = em.find(LoginSession.class, token.sessionId());
    if (claimed == 0) {
      revoke(session, "refresh token reused");
      throw refused;
    }
    if (token.isExpired(now) || !session.isLive()) {
      throw refused;
    }
    return tokensFor(session);
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored. */
  @Transactional
  public void endByRefreshToken(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return;
    }
    Optional.ofNullable(em.find(RefreshToken.class, SecretTokens.hashOf(refreshToken.trim())))
        .map(token -> em.find(LoginSession.class, token.sessionId()))
        .ifPresent(session -> revoke(session, "logout"));
  }

  @Transactional
  public void end(UUID sessionId, String reason) {
    Optional.ofNullable(em.find(LoginSession.class, sessionId))
        .ifPresent(session -> revoke(session, reason));
  }

  /** Ends every session of the account but the one given (the caller's own), if any. */
  @Transactional(TxType.MANDATORY)
  public void endAllOf(Account account, Optional<UUID> keep, String reason) {
    List<LoginSession> sessions =
        em.createQuery(
                "from LoginSession where accountId = :account and revokedAt is null",
                LoginSession.class)
            .setParameter("account", account.uuid())
            .getResultList();
    sessions.stream()
        .filter(s -> keep.map(k -> !k.equals(s.id())).orElse(true))
        .forEach(s -> revoke(s, reason));
  }

  /** Whether the session is live and whose it is, from the cache when it is there. */
  public CallerSession state(UUID sessionId) {
    return cache.get(
        CACHE,
        sessionId.toString(),
        CACHED_FOR,
        () -> transactions.required(() -> load(sessionId)));
  }

  private CallerSession load(UUID sessionId) {
    var session = em.find(LoginSession.class, sessionId);
    if (session == null || !session.isLive()) {
      return CallerSession.ended();
    }
    return Optional.ofNullable(em.find(Account.class, session.accountId()))
        .map(a -> new CallerSession(true, a.id(), a.roles()))
        .orElseGet(CallerSession::ended);
  }

  private void revoke(LoginSession session, String reason) {
    session.revoke(reason, clock.instant());
    var key = session.id().toString();
    cache.evict(CACHE, key);
    // again once committed, in case a request cached the session as live in between
    synchronizations.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            cache.evict(CACHE, key);
          }
        });
  }

  private Tokens tokensFor(LoginSession session) {
    var refreshToken = SecretTokens.newToken();
    em.persist(new RefreshToken(SecretTokens.hashOf(refreshToken), session.id(), clock.instant()));
    return new Tokens(
        accessTokens.issue(session.accountId().toString(), session.id()),
        refreshToken,
        AccessTokens.LIFETIME.toSeconds());
  }

  /** The tokens an app holds: a short-lived access token and the refresh token for the next. */
  public record Tokens(String accessToken, String refreshToken, long expiresIn) {}

  /** The outcome of a sign-in. */
  public record SignedIn(Account account, UUID sessionId, Optional<Tokens> tokens) {}
}
