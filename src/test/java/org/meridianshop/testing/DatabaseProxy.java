package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.logging.Logger;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP proxy in the test JVM between the shop and its PostgreSQL server (netcrusher), so a test
 * can do to the shop's database connections what a broken network does: freeze them (bytes stop
 * moving, nothing is closed) or cut them (open connections reset, new ones refused), and then
 * restore them. The shop's {@code DB_URL} names the proxy's port.
 */
public final class DatabaseProxy implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DatabaseProxy.class.getName());

  private final NioReactor reactor;
  private final TcpCrusher crusher;
  private final int port;

  private DatabaseProxy(NioReactor reactor, TcpCrusher crusher, int port) {
    this.reactor = reactor;
    this.crusher = crusher;
    this.port = port;
  }

  /** Listens on a free port of localhost and forwards to the database's port. */
  static DatabaseProxy to(int databasePort) {
    try {
      var port = freePort();
      var reactor = new NioReactor();
      var crusher =
          TcpCrusherBuilder.builder()
              .withReactor(reactor)
              .withBindAddress("localhost", port)
              .withConnectAddress("localhost", databasePort)
              .buildAndOpen();
      return new DatabaseProxy(reactor, crusher, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port the shop connects to. */
  public int port() {
    return port;
  }

  /** Stops moving bytes on every connection and accepting new ones; nothing is closed. */
  public void freeze() {
    crusher.freeze();
    LOG.info("Database connections frozen");
  }

  /**
   * Resets every open connection and refuses new ones, as a database that went away does. {@link
   * #restore()} undoes it (and a freeze).
   */
  public void cut() {
    crusher.close();
    LOG.info("Database connections cut");
  }

  /** Connections flow again: a frozen link moves on, a cut one accepts new connections. */
  public void restore() {
    if (!crusher.isOpen()) {
      crusher.open();
    } else if (crusher.isFrozen()) {
      crusher.unfreeze();
    }
    LOG.info("Database connections restored");
  }

  @Override
  public void close() {
    crusher.close();
    reactor.close();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
