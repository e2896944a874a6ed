package org.meridianshop.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction, for services that must do something slow first (such as
 * hashing a password) without holding a database connection while they do it.
 */
@ApplicationScoped
public class Transactions {

  @Transactional
  public <T> T required(Supplier<T> work) {
    return work.get();
  }
}
