package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker for tests, so they need neither Docker nor a shared server. It
 * runs as a child JVM on the test class path in KRaft combined mode (one process is both broker and
 * controller), listens on free ports of 127.0.0.1 and keeps its data in a folder under {@code
 * java.io.tmpdir}. {@link #stop()} and {@link #restart()} keep that folder, so records written
 * before a stop are there after the restart; {@link #close()} deletes it.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());

  // Kafka's clients log their whole configuration each time one is made, which buries a failing
  // test's own output; their warnings still show. Held here since JUL keeps loggers weakly.
  private static final Logger KAFKA_CLIENTS = Logger.getLogger("org.apache.kafka");

  static {
    KAFKA_CLIENTS.setLevel(Level.WARNING);
  }

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);
  private static final Duration PORT_RELEASE_LIMIT = Duration.ofSeconds(10);

  private final Path directory;
  private final KafkaBrokerPorts ports;
  private volatile Process process;

  private KafkaBroker(Path directory, KafkaBrokerPorts ports) {
    this.directory = directory;
    this.ports = ports;
    // A test JVM that ends without close() must not leave a broker running behind it.
    Runtime.getRuntime().addShutdownHook(new Thread(this::kill, "kafka-broker-killer"));
  }

  /**
   * Starts a broker with empty storage and waits until it accepts clients. If it fails, its folder
   * stays for a look at the logs.
   */
  public static KafkaBroker start() {
    var started = Instant.now();
    try {
      var directory = Files.createTempDirectory("kafka-");
      var ports = KafkaBrokerPorts.free();
      var broker = new KafkaBroker(directory, ports);
      Files.writeString(
          broker.configuration(),
          KafkaBrokerConfiguration.singleNode(directory.resolve("data"), ports));
      // KRaft refuses to start on unformatted storage; the cluster id is only needed here.
      broker.runToCompletion(
          "format.log",
          "kafka.tools.StorageTool",
          "format",
          "--cluster-id",
          Uuid.randomUuid().toString(),
          "--config",
          broker.configuration().toString(),
          "--ignore-formatted");
      broker.launch();
      broker.report("started", started);
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where clients connect, such as {@code 127.0.0.1:41234}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + ports.client();
  }

  public boolean isRunning() {
    var running = process;
    return running != null && running.isAlive();
  }

  /** Shuts the broker down cleanly, as SIGTERM does, keeping its data. */
  public void stop() {
    var running = process;
    if (running == null) {
      return;
    }
    var stopping = Instant.now();
    running.destroy();
    try {
      if (!running.waitFor(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
    report("stopped", stopping);
  }

  /** Starts the broker again on the same ports and data, stopping it first if it runs. */
  public void restart() {
    stop();
    var started = Instant.now();
    launch();
    report("restarted", started);
  }

  /** Stops the broker and deletes its data. */
  @Override
  public void close() {
    stop();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void launch() {
    try {
      // The previous broker's sockets may linger for a moment after it exits.
      ports.awaitReleased(PORT_RELEASE_LIMIT);
      process = java("broker.log", "kafka.Kafka", configuration().toString()).start();
      awaitReady();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitReady() throws InterruptedException {
    var deadline = Instant.now().plus(STARTUP_LIMIT);
    // Knocking until the port opens spares the log a warning for each refused connection.
    while (isRunning() && !ports.clientPortAccepts() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    try (var admin = Admin.create(readinessProbeConfiguration())) {
      while (isRunning() && Instant.now().isBefore(deadline)) {
        try {
          if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          // not serving clients yet
        }
      }
    }
    kill();
    var log = directory.resolve("broker.log");
    throw new IllegalStateException(
        "The Kafka broker did not become ready in %s. Its log %s ends:%n%s"
            .formatted(STARTUP_LIMIT, log, tail(log)));
  }

  private Map<String, Object> readinessProbeConfiguration() {
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
  }

  private void runToCompletion(String logName, String mainClass, String... arguments) {
    try {
      var tool = java(logName, mainClass, arguments).start();
      if (!tool.waitFor(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS) || tool.exitValue() != 0) {
        tool.destroyForcibly();
        throw new IllegalStateException(
            mainClass + " failed:\n" + tail(directory.resolve(logName)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ProcessBuilder java(String logName, String mainClass, String... arguments) {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A small heap, and a collector and compiler that leave the cores to the tests.
    command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(logName).toFile()));
  }

  private Path configuration() {
    return directory.resolve("server.properties");
  }

  private void kill() {
    var running = process;
    if (running != null) {
      running.destroyForcibly();
    }
  }

  private void report(String event, Instant since) {
    var millis = Duration.between(since, Instant.now()).toMillis();
    LOG.info(() -> "Kafka broker on %s %s in %d ms".formatted(bootstrapServers(), event, millis));
  }

  private static String tail(Path log) {
    try {
      var lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
