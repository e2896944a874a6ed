package org.meridianshop.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * Remembers every search for the admin report. The row is written on a managed thread after the
 * answer is on its way, so logging never slows a search down; a search whose row cannot be written
 * (database busy, server stopping) is only lost from the report.
 */
@ApplicationScoped
public class SearchLog {

  private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject SearchLogWriter writer;
  @Inject CurrentCaller caller;

  private final Clock clock = Clock.systemUTC();

  void record(SearchQuery query, long resultCount) {
    var entry = new SearchLogEntry(query, resultCount, accountId(), clock.instant());
    try {
      executor.execute(() -> write(entry));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.FINE, "Search not logged", e);
    }
  }

  private void write(SearchLogEntry entry) {
    try {
      writer.write(entry);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search not logged: " + e);
    }
  }

  private String accountId() {
    try {
      return caller.isSignedIn() ? caller.accountId() : null;
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
