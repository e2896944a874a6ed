package org.meridianshop.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** The loopback ports of a {@link KafkaBroker}: one for clients, one for its controller. */
record KafkaBrokerPorts(int client, int controller) {

  static KafkaBrokerPorts free() throws IOException {
    // Both sockets are open at once so the two ports differ.
    try (var client = new ServerSocket(0);
        var controller = new ServerSocket(0)) {
      return new KafkaBrokerPorts(client.getLocalPort(), controller.getLocalPort());
    }
  }

  /** Waits until no one, such as a broker that just exited, holds either port any more. */
  void awaitReleased(Duration limit) throws InterruptedException {
    var deadline = Instant.now().plus(limit);
    while (!canBind(client) || !canBind(controller)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Ports " + this + " are still in use after " + limit);
      }
      Thread.sleep(200);
    }
  }

  boolean clientPortAccepts() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), client), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean canBind(int port) {
    try (var socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
