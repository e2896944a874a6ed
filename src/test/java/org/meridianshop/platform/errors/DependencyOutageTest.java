package org.meridianshop.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;

class DependencyOutageTest {

  @Test
  void aRefusedOrBrokenDatabaseConnectionIsAnOutageOfTheDatabase() {
    var refused = new PersistenceException(new SQLException("Connection refused", "08001"));
    var poolEmpty = new RuntimeException(new SQLTransientConnectionException("J2CA0045E"));

    assertThat(DependencyOutage.of(refused)).contains("database");
    assertThat(DependencyOutage.of(poolEmpty)).contains("database");
  }

  @Test
  void aDatabaseThatStoppedAnsweringWithinTheSocketTimeoutIsAnOutageOfTheDatabase() {
    // what pgjdbc throws when socketTimeout runs out (it has closed the connection), as Hibernate
    // and JPA hand it on
    var timedOut =
        new PSQLException(
            "An I/O error occurred while sending to the backend.",
            PSQLState.CONNECTION_FAILURE,
            new SocketTimeoutException("Read timed out"));
    var failure =
        new PersistenceException(
            new JDBCConnectionException("could not execute statement", timedOut));

    assertThat(DependencyOutage.of(failure)).contains("database");
  }

  @Test
  void aStatementTheDatabaseRefusedIsNoOutage() {
    var duplicate = new PersistenceException(new SQLException("duplicate key", "23505"));

    assertThat(DependencyOutage.of(duplicate)).isEmpty();
  }

  @Test
  void anUnreachableRedisOrACommandCutShortIsAnOutageOfRedis() {
    var unreachable = new RedisConnectionException("Unable to connect");
    var cutShort =
        new RedisException(
            "Unexpected exception while processing command", new ClosedChannelException());

    assertThat(DependencyOutage.of(new IllegalStateException(unreachable))).contains("Redis");
    assertThat(DependencyOutage.of(cutShort)).contains("Redis");
  }

  @Test
  void aRedisErrorAnswerIsNoOutage() {
    assertThat(DependencyOutage.of(new RedisException("ERR wrong number of arguments"))).isEmpty();
    assertThat(DependencyOutage.of(new IllegalStateException("a bug"))).isEmpty();
  }
}
