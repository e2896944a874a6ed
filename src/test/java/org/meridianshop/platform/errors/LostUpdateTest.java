package org.meridianshop.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class LostUpdateTest {

  @Test
  void aVersionThatMovedOnIsALostUpdateHoweverDeepItIsWrapped() {
    var rolledBack =
        new TransactionalException(
            "rolled back", new RollbackException(new OptimisticLockException("version moved on")));
    var stale = new PersistenceException(new StaleObjectStateException("Product", 7L));

    assertThat(LostUpdate.causedBy(rolledBack)).isTrue();
    assertThat(LostUpdate.causedBy(stale)).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(LostUpdate.causedBy(new PersistenceException("constraint"))).isFalse();
    assertThat(LostUpdate.causedBy(new IllegalStateException("a bug"))).isFalse();
  }
}
