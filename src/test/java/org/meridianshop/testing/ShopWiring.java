package org.meridianshop.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a test shop runs on: the embedded default (H2, Liberty's messaging engine, in-process cache
 * and sessions; nothing to start), or the production wiring with a PostgreSQL server, a Kafka
 * broker and a Redis server of its own.
 */
public sealed interface ShopWiring extends AutoCloseable {

  /** Environment variables that point the shop at this wiring. */
  Map<String, String> environment();

  /** The Kafka broker the shop publishes to, when it uses one. */
  Optional<KafkaBroker> kafka();

  /** The Redis server that holds the shop's cache, rate limits and sessions, when it uses one. */
  Optional<RedisServer> redis();

  /** The SMTP server the shop sends its email to, when it uses one. */
  Optional<SmtpServer> smtp();

  /** The emulated Twilio the shop sends text messages to, when it uses one. */
  Optional<TwilioEmulator> twilio();

  /** The emulated Stripe account the shop charges, when it uses Stripe. */
  Optional<StripeEmulator> stripe();

  /** The emulated Firebase Cloud Messaging the shop pushes through, when it uses one. */
  Optional<FcmEmulator> fcm();

  @Override
  void close();

  static ShopWiring named(String name) {
    return switch (name) {
      case "embedded" -> new Embedded();
      case "production" -> Production.start();
      default -> throw new IllegalArgumentException("Unknown wiring " + name);
    };
  }

  /** The shop's own H2 file database and messaging engine, as `mvn liberty:run` uses them. */
  record Embedded() implements ShopWiring {
    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public Optional<KafkaBroker> kafka() {
      return Optional.empty();
    }

    @Override
    public Optional<RedisServer> redis() {
      return Optional.empty();
    }

    @Override
    public Optional<SmtpServer> smtp() {
      return Optional.empty();
    }

    @Override
    public Optional<TwilioEmulator> twilio() {
      return Optional.empty();
    }

    @Override
    public Optional<StripeEmulator> stripe() {
      return Optional.empty();
    }

    @Override
    public Optional<FcmEmulator> fcm() {
      return Optional.empty();
    }

    @Override
    public void close() {}
  }

  /**
   * A PostgreSQL server with an empty database (reached through a {@link DatabaseProxy} that tests
   * can freeze and cut), a Kafka broker, a Redis server, an SMTP server (GreenMail), an emulated
   * Twilio, an emulated Stripe account, an emulated exchange rates provider and an emulated FCM
   * (WireMock), for this run.
   */
  record Production(
      EmbeddedPostgres postgres,
      DatabaseProxy databaseProxy,
      KafkaBroker broker,
      RedisServer redisServer,
      SmtpServer smtpServer,
      TwilioEmulator twilioEmulator,
      StripeEmulator stripeEmulator,
      RatesProviderEmulator ratesProvider,
      FcmEmulator fcmEmulator)
      implements ShopWiring {

    static Production start() {
      var smtp = SmtpServer.start();
      var twilio = TwilioEmulator.start();
      var stripe = StripeEmulator.start();
      var rates = RatesProviderEmulator.start();
      var fcm = FcmEmulator.start();
      var redis = RedisServer.start();
      try {
        var postgres = startPostgres();
        var proxy = DatabaseProxy.to(postgres.getPort());
        try {
          return new Production(
              postgres, proxy, KafkaBroker.start(), redis, smtp, twilio, stripe, rates, fcm);
        } catch (RuntimeException e) {
          proxy.close();
          close(postgres);
          throw e;
        }
      } catch (RuntimeException e) {
        redis.close();
        smtp.close();
        twilio.close();
        stripe.close();
        rates.close();
        fcm.close();
        throw e;
      }
    }

    @Override
    public Map<String, String> environment() {
      var environment = new LinkedHashMap<String, String>(smtpServer.environment());
      environment.putAll(twilioEmulator.environment());
      environment.putAll(stripeEmulator.environment());
      environment.putAll(ratesProvider.environment());
      environment.putAll(fcmEmulator.environment());
      environment.putAll(services());
      return environment;
    }

    /**
     * The name the analytics data source's connections give PostgreSQL: it reads the same database
     * as the shop, as a read replica would, under a URL of its own, so tests can tell its
     * connections from the shop's.
     */
    public static final String ANALYTICS_CONNECTIONS = "shop-analytics";

    /**
     * How long the shop's database connections wait for PostgreSQL before giving up (its {@code
     * DB_SOCKET_TIMEOUT}): shorter than in production, so a test can freeze the link for longer
     * than this in well under a minute, and still far above any statement the tests make, even on a
     * busy machine (a queue of buyers waiting on a row lock included).
     */
    public static final Duration DATABASE_SOCKET_TIMEOUT = Duration.ofSeconds(12);

    private Map<String, String> services() {
      var database = "jdbc:postgresql://localhost:" + databaseProxy.port() + "/shop";
      return Map.of(
          "DB_URL",
          database,
          "DB_SOCKET_TIMEOUT",
          Long.toString(DATABASE_SOCKET_TIMEOUT.toSeconds()),
          "ANALYTICS_DB_URL",
          database + "?ApplicationName=" + ANALYTICS_CONNECTIONS,
          "DB_USER",
          "shop",
          "DB_PASSWORD",
          "shop",
          "KAFKA_BOOTSTRAP_SERVERS",
          broker.bootstrapServers(),
          "REDIS_URL",
          redisServer.url(),
          "SESSION_STORE",
          "redis");
    }

    @Override
    public Optional<KafkaBroker> kafka() {
      return Optional.of(broker);
    }

    @Override
    public Optional<RedisServer> redis() {
      return Optional.of(redisServer);
    }

    @Override
    public Optional<SmtpServer> smtp() {
      return Optional.of(smtpServer);
    }

    @Override
    public Optional<TwilioEmulator> twilio() {
      return Optional.of(twilioEmulator);
    }

    @Override
    public Optional<StripeEmulator> stripe() {
      return Optional.of(stripeEmulator);
    }

    @Override
    public Optional<FcmEmulator> fcm() {
      return Optional.of(fcmEmulator);
    }

    @Override
    public void close() {
      try {
        broker.close();
      } finally {
        try {
          databaseProxy.close();
          close(postgres);
        } finally {
          try {
            redisServer.close();
          } finally {
            smtpServer.close();
            twilioEmulator.close();
            stripeEmulator.close();
            ratesProvider.close();
            fcmEmulator.close();
          }
        }
      }
    }

    private static EmbeddedPostgres startPostgres() {
      try {
        var server = EmbeddedPostgres.builder().start();
        try (var connection = server.getPostgresDatabase().getConnection();
            var statement = connection.createStatement()) {
          statement.execute("create user shop with password 'shop'");
          statement.execute("create database shop owner shop");
        }
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void close(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
