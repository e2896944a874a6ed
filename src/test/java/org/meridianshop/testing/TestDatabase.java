package org.meridianshop.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;

/** The database a test shop runs on: the embedded default, or a PostgreSQL server of its own. */
sealed interface TestDatabase extends AutoCloseable {

  /** Environment variables that point the shop at this database. */
  Map<String, String> environment();

  @Override
  void close();

  static TestDatabase named(String name) {
    return switch (name) {
      case "h2" -> new EmbeddedDefault();
      case "postgresql" -> Postgres.start();
      default -> throw new IllegalArgumentException("Unknown test database " + name);
    };
  }

  /** The shop's own H2 file database, as `mvn liberty:run` uses it. */
  record EmbeddedDefault() implements TestDatabase {
    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public void close() {}
  }

  /** A real PostgreSQL server started for this test run, with an empty database. */
  record Postgres(EmbeddedPostgres server) implements TestDatabase {

    static Postgres start() {
      try {
        var server = EmbeddedPostgres.builder().start();
        try (var connection = server.getPostgresDatabase().getConnection();
            var statement = connection.createStatement()) {
          statement.execute("create user shop with password 'shop'");
          statement.execute("create database shop owner shop");
        }
        return new Postgres(server);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Map<String, String> environment() {
      return Map.of(
          "DB_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/shop",
          "DB_USER", "shop",
          "DB_PASSWORD", "shop");
    }

    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
