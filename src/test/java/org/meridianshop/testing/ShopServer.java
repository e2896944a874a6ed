package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Liberty server running the packaged shop for a test run. It is a fresh copy of the server
 * that the build prepared ({@code liberty:create}, {@code liberty:deploy}), so its H2 database
 * starts empty and the developer's own server is never touched; its ports are free ones.
 */
public final class ShopServer implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

  /** The Faces flash key of every server of this run, new for every run. */
  private static final String FACES_SECRET_KEY = randomBase64Key();

  private final Path wlp;
  private final String name;
  private final URI baseUri;
  private final ShopWiring wiring;
  private final boolean ownsWiring;

  private ShopServer(Path wlp, String name, URI baseUri, ShopWiring wiring, boolean ownsWiring) {
    this.wlp = wlp;
    this.name = name;
    this.baseUri = baseUri;
    this.wiring = wiring;
    this.ownsWiring = ownsWiring;
  }

  /** The run's server, which stops the wiring when it stops. */
  static ShopServer start(ShopWiring wiring, Credentials admin) {
    return start(wiring, admin, "it-" + System.getProperty("shop.wiring", "embedded"), true);
  }

  /**
   * Another server of the same shop: the same packaged WAR and settings in a server folder and on
   * ports of its own, on the same wiring (database, broker, Redis, emulators), which it leaves
   * running when it stops.
   */
  static ShopServer startAnother(ShopWiring wiring, Credentials admin, String suffix) {
    return start(
        wiring, admin, "it-" + System.getProperty("shop.wiring", "embedded") + "-" + suffix, false);
  }

  private static ShopServer start(
      ShopWiring wiring, Credentials admin, String name, boolean ownsWiring) {
    var wlp = Path.of(required("shop.wlp.dir"));
    var template = wlp.resolve("usr/servers").resolve(required("shop.server.template"));
    var directory = wlp.resolve("usr/servers").resolve(name);
    try {
      deleteRecursively(directory);
      copyConfiguration(template, directory);
      var httpPort = freePort();
      var environment = new LinkedHashMap<String, String>();
      // keep what liberty:create generated (such as the keystore password)
      for (var line : Files.readAllLines(template.resolve("server.env"))) {
        var equals = line.indexOf('=');
        if (equals > 0) {
          environment.put(line.substring(0, equals), line.substring(equals + 1));
        }
      }
      environment.put("HTTP_PORT", Integer.toString(httpPort));
      environment.put("HTTPS_PORT", Integer.toString(freePort()));
      environment.put("HTTP_HOST", "localhost");
      environment.put("ADMIN_EMAIL", admin.email());
      environment.put("ADMIN_PASSWORD", admin.password());
      // tests name their client address in X-Forwarded-For, so rate limits apply per test
      environment.put("HTTP_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1");
      // failing event handlers are retried quickly so tests see them become dead letters
      environment.put("EVENTS_RETRY_FIRST_DELAY", "PT0.2S");
      environment.put("EVENTS_RETRY_MAX_ATTEMPTS", "4");
      // a notification whose provider is down is tried again soon and often (SmtpOutageIT)
      environment.put("NOTIFICATIONS_RETRY_FIRST_DELAY", "PT0.1S");
      environment.put("NOTIFICATIONS_RETRY_MAX_DELAY", "PT0.2S");
      environment.put("NOTIFICATIONS_RETRY_MAX_ATTEMPTS", "100");
      // reservations expire within a test's patience (ReservationExpiryCrashIT)
      environment.put("INVENTORY_RESERVATION_TTL", "PT15S");
      environment.putAll(wiring.environment());
      if (!(wiring instanceof ShopWiring.Embedded)) {
        // the production wiring signs tokens with a configured key, which tests can then forge
        // with; the embedded one makes and keeps its own, as a fresh shop does
        environment.put("JWT_SIGNING_KEY", TestSigningKey.BASE64);
        // its web sessions are shared through Redis, which needs one Faces key on every server
        // (TwoServersIT)
        environment.put("FACES_SECRET_KEY", FACES_SECRET_KEY);
        // the run's server indexes through Hibernate Search's outbox on PostgreSQL
        // (SearchFreshnessIT); another one keeps its Lucene index uncoordinated, as Lucene servers
        // at scale do (two agents would each index only their shard into their own index), and
        // follows the first one's changes through catalog.product-changed (TwoServersIT).
        // Benchmarks run the run's server as production runs Lucene: uncoordinated.
        environment.put(
            "SEARCH_COORDINATION",
            ownsWiring ? System.getProperty("shop.searchCoordination", "outbox-polling") : "none");
      }
      Files.writeString(
          directory.resolve("server.env"),
          environment.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n", "", "\n")));
      var server =
          new ShopServer(
              wlp, name, URI.create("http://localhost:" + httpPort + "/"), wiring, ownsWiring);
      server.run("start");
      try {
        server.awaitReady();
      } catch (RuntimeException notReady) {
        // a server that never became ready must not outlive the run that started it
        server.crash();
        throw notReady;
      }
      return server;
    } catch (IOException e) {
      closeIfOwned(wiring, ownsWiring);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeIfOwned(wiring, ownsWiring);
      throw e;
    }
  }

  private static void closeIfOwned(ShopWiring wiring, boolean owned) {
    if (owned) {
      wiring.close();
    }
  }

  /** The server's root, such as {@code http://localhost:41234/}. */
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public void close() {
    try {
      run("stop");
    } finally {
      closeIfOwned(wiring, ownsWiring);
    }
  }

  /** Kills the server's JVM at once, as a power cut would: nothing is shut down cleanly. */
  public void crash() {
    try {
      var pid = Long.parseLong(Files.readString(pidFile()).trim());
      var process = ProcessHandle.of(pid).orElseThrow();
      process.destroyForcibly();
      process.onExit().get(30, TimeUnit.SECONDS);
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Could not kill server " + name, e);
    }
  }

  /** Starts the server again on the same ports and data, and waits until it is ready. */
  public void restart() {
    run("start");
    awaitReady();
  }

  /** The lines of the server's messages.log so far. */
  public List<String> logLines() {
    try {
      return Files.readAllLines(messagesLog());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path messagesLog() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
  }

  private Path pidFile() {
    return wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
  }

  private void awaitReady() {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready = HttpRequest.newBuilder(baseUri.resolve("health/ready")).build();
    var deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause();
    }
    throw new IllegalStateException(
        "The shop did not become ready in " + STARTUP_LIMIT + ". Its log ends:\n" + logTail());
  }

  private void run(String action) {
    try {
      var process =
          new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
              .redirectErrorStream(true)
              .redirectOutput(
                  wlp.resolve("usr/servers").resolve(name + "-" + action + ".log").toFile())
              .start();
      if (!process.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " " + name + " did not finish");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String logTail() {
    var log = messagesLog();
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String required(String property) {
    var value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set: run the tests through `mvn verify`");
    }
    return value;
  }

  private static String randomBase64Key() {
    var key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** What makes up a server before it first runs; its state (logs, database, tranlog) not. */
  private static final List<String> CONFIGURATION =
      List.of(
          "server.xml",
          "server.env",
          "jvm.options",
          "bootstrap.properties",
          "jdbc",
          "dropins",
          "redisson",
          "redisson-sessions.yaml",
          "sessions-memory.xml",
          "sessions-redis.xml",
          "search-lucene.xml",
          "search-elasticsearch.xml");

  private static void copyConfiguration(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (var path : paths.toList()) {
        var relative = from.relativize(path);
        if (relative.getNameCount() > 0
            && !CONFIGURATION.contains(relative.getName(0).toString())) {
          continue;
        }
        var target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
