package org.meridianshop.testing;

import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Gives a test class the address of a running shop. The first class that asks starts one (the
 * packaged WAR in its own Liberty server, on the database named by {@code shop.database}); it is
 * shared by every test class of the run and stopped when the run ends. With {@code shop.baseUrl}
 * set, the tests use that shop instead and start nothing.
 */
public class RunningShop implements BeforeAllCallback {

  private static volatile URI baseUri;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.GLOBAL)
        .getOrComputeIfAbsent(RunningShop.class, key -> start(), AutoCloseable.class);
  }

  /** The shop's root, such as {@code http://localhost:41234/}. */
  public static URI baseUri() {
    if (baseUri == null) {
      throw new IllegalStateException("Annotate the test with @ExtendWith(RunningShop.class)");
    }
    return baseUri;
  }

  private static AutoCloseable start() {
    var external = System.getProperty("shop.baseUrl");
    if (external != null && !external.isBlank()) {
      baseUri = URI.create(external.endsWith("/") ? external : external + "/");
      return () -> {};
    }
    var server = ShopServer.start(TestDatabase.named(System.getProperty("shop.database", "h2")));
    baseUri = server.baseUri();
    return server;
  }
}
