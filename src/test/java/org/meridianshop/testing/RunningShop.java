package org.meridianshop.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives a test class a running shop. The first class that asks starts one (the packaged WAR in its
 * own Liberty server, on the wiring named by {@code shop.wiring}); it is shared by every test class
 * of the run and stopped when the run ends. With {@code shop.baseUrl} set, the tests use that shop
 * instead and start nothing (give its admin with {@code shop.adminEmail} and {@code
 * shop.adminPassword}).
 */
public class RunningShop implements BeforeAllCallback {

  private static volatile Shop shop;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.GLOBAL)
        .getOrComputeIfAbsent(RunningShop.class, key -> start(), AutoCloseable.class);
  }

  /** The shop's root, such as {@code http://localhost:41234/}. */
  public static URI baseUri() {
    return shop().baseUri;
  }

  /** The administrator the shop was started with. */
  public static Credentials admin() {
    return shop().admin;
  }

  /** The Kafka broker the shop uses, if it uses one. */
  public static Optional<KafkaBroker> kafka() {
    return shop().wiring.kafka();
  }

  /** The Redis server the shop uses, if it uses one. */
  public static Optional<RedisServer> redis() {
    return shop().wiring.redis();
  }

  /**
   * The proxy between the shop and its PostgreSQL server, to freeze and cut its connections, if the
   * tests started the shop on PostgreSQL.
   */
  public static Optional<DatabaseProxy> databaseProxy() {
    return shop().wiring instanceof ShopWiring.Production production
        ? Optional.of(production.databaseProxy())
        : Optional.empty();
  }

  /** The SMTP server the shop sends email to, if it uses one (else it keeps a local mailbox). */
  public static Optional<SmtpServer> smtp() {
    return shop().wiring.smtp();
  }

  /** The emulated Twilio the shop texts through, if it uses one (else it sends no SMS). */
  public static Optional<TwilioEmulator> twilio() {
    return shop().wiring.twilio();
  }

  /** The emulated FCM the shop pushes through, if it uses one (else it pushes nothing). */
  public static Optional<FcmEmulator> fcm() {
    return shop().wiring.fcm();
  }

  /**
   * The emulated Stripe account the shop charges, if it uses Stripe (the production wiring): to
   * move a 3-D Secure payment on as the customer would, and to make and sign the events Stripe
   * would post to the shop's webhook.
   */
  public static Optional<StripeEmulator> stripe() {
    return shop().wiring.stripe();
  }

  /** The server itself, to stop it in its tracks and start it again. */
  public static ShopServer server() {
    return shop()
        .server
        .orElseThrow(() -> new IllegalStateException("The tests did not start this shop"));
  }

  /**
   * Starts another server of this shop (its own Liberty server folder and ports, the same packaged
   * WAR, settings and wiring), for tests of several servers behind a load balancer; the caller
   * closes it, which leaves the shop's wiring running. Only for a shop the tests started.
   */
  public static ShopServer startAnotherServer(String suffix) {
    server();
    return ShopServer.startAnother(shop().wiring, shop().admin, suffix);
  }

  /**
   * A connection to the database the shop runs on, as its own settings name it, for benchmarks that
   * need volume faster than the API can make it; only for a shop the tests started on PostgreSQL
   * (the embedded H2 database is the server's own file).
   */
  public static Connection database() throws SQLException {
    var environment = shop().wiring.environment();
    var url = environment.get("DB_URL");
    if (url == null) {
      throw new IllegalStateException("The shop runs on its embedded database");
    }
    return DriverManager.getConnection(
        url, environment.get("DB_USER"), environment.get("DB_PASSWORD"));
  }

  private static Shop shop() {
    if (shop == null) {
      throw new IllegalStateException("Annotate the test with @ExtendWith(RunningShop.class)");
    }
    return shop;
  }

  private static AutoCloseable start() {
    var external = System.getProperty("shop.baseUrl");
    if (external != null && !external.isBlank()) {
      shop =
          new Shop(
              URI.create(external.endsWith("/") ? external : external + "/"),
              new Credentials(
                  System.getProperty("shop.adminEmail", "admin@localhost"),
                  System.getProperty("shop.adminPassword", "")),
              new ShopWiring.Embedded(),
              Optional.empty());
      return () -> {};
    }
    var wiring = ShopWiring.named(System.getProperty("shop.wiring", "embedded"));
    var admin = Credentials.generatedAdmin();
    var server = ShopServer.start(wiring, admin);
    shop = new Shop(server.baseUri(), admin, wiring, Optional.of(server));
    return server;
  }

  private record Shop(
      URI baseUri, Credentials admin, ShopWiring wiring, Optional<ShopServer> server) {}
}
