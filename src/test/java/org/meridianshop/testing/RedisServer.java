package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * A real Redis server for tests, so they need neither Docker nor a shared server: the binary that
 * the embedded-redis jar carries (Redis 6.2), on a free port of 127.0.0.1, with no persistence and
 * its working folder under {@code java.io.tmpdir}. {@link #client()} gives tests a look inside.
 */
public final class RedisServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RedisServer.class.getName());

  private final redis.embedded.RedisServer server;
  private final Path directory;
  private final int port;
  private RedissonClient client;

  private RedisServer(redis.embedded.RedisServer server, Path directory, int port) {
    this.server = server;
    this.directory = directory;
    this.port = port;
  }

  /** Starts an empty server and returns once it accepts connections. */
  public static RedisServer start() {
    var started = Instant.now();
    try {
      var directory = Files.createTempDirectory("redis-");
      var port = freePort();
      var server =
          redis.embedded.RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("dir " + directory)
              .setting("save \"\"")
              .setting("appendonly no")
              .onShutdownForceStop(true)
              .build();
      server.start();
      var redis = new RedisServer(server, directory, port);
      LOG.info(
          () ->
              "Redis server on %s started in %d ms"
                  .formatted(redis.url(), Duration.between(started, Instant.now()).toMillis()));
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where clients connect, such as {@code redis://127.0.0.1:41234}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** A client of this server with string keys and values, closed with the server. */
  public synchronized RedissonClient client() {
    if (client == null) {
      var config = new Config();
      config.setCodec(StringCodec.INSTANCE);
      config.useSingleServer().setAddress(url()).setConnectionMinimumIdleSize(1);
      client = Redisson.create(config);
    }
    return client;
  }

  /** Stops the server as a crash or an operator would; it keeps nothing (no persistence). */
  public synchronized void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info(() -> "Redis server on " + url() + " stopped");
  }

  /** Starts the stopped server again, empty, on the same port. */
  public synchronized void restart() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info(() -> "Redis server on " + url() + " restarted");
  }

  /** Stops the server and deletes its folder. */
  @Override
  public synchronized void close() {
    try {
      if (client != null) {
        client.shutdown();
      }
      server.stop();
      try (Stream<Path> paths = Files.walk(directory)) {
        for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
