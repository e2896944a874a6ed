package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.meridianshop.orders.Stock;
import org.meridianshop.testing.Pause;
import org.meridianshop.testing.RunningShop;

/**
 * One fault under load: shoppers shop for a moment, the fault is put on for a while and taken off,
 * and the drill waits until the shop has recovered by itself (ready, and taking orders again). What
 * the shoppers got during the fault, after it, and how long recovery took are its result.
 */
record FaultDrill(
    String name,
    Answers all,
    Answers during,
    Answers after,
    Duration recovery,
    List<String> shoppers,
    ShopInvariants invariants) {

  private static final Logger LOG = Logger.getLogger(FaultDrill.class.getName());

  /** Shopping before the fault, so the shoppers are mid-flow when it comes. */
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  /** Shopping once recovered, so what was held up during the fault drains under load. */
  private static final Duration COOL_DOWN = Duration.ofSeconds(3);

  /** The longest the tests accept for the shop to recover once the fault is gone. */
  static final Duration RECOVERY_BOUND = Duration.ofSeconds(45);

  /** What a test does to a dependency, and how it undoes it. */
  interface Fault {
    void inject();

    void remove();

    static Fault of(Runnable inject, Runnable remove) {
      return new Fault() {
        @Override
        public void inject() {
          inject.run();
        }

        @Override
        public void remove() {
          remove.run();
        }
      };
    }
  }

  /** Units of the drill's product on sale: more than a drill's shoppers can buy. */
  private static final int STOCK = 2000;

  /**
   * Runs the drill with shoppers buying this product (which no other test may touch); the shoppers
   * have stopped when it returns.
   */
  static FaultDrill run(String name, long productId, Duration lasting, Fault fault) {
    var stock = Stock.of(productId, STOCK);
    var invariants = ShopInvariants.before(stock);
    var load = ShopLoad.start(stock);
    try {
      Pause.of(WARM_UP);
      var injected = Instant.now();
      fault.inject();
      try {
        Pause.of(lasting);
      } finally {
        fault.remove();
      }
      var removed = Instant.now();
      var recovered = awaitRecovery(load, removed);
      Pause.of(COOL_DOWN);
      load.close();
      var answers = load.answers();
      var drill =
          new FaultDrill(
              name,
              answers,
              answers.underWayBetween(injected, removed),
              answers.sentFrom(removed),
              Duration.between(removed, recovered),
              load.emails(),
              invariants);
      LOG.info(drill::report);
      return drill;
    } finally {
      load.close();
    }
  }

  /**
   * The shop coped: every answer was one a shopper can act on and none hung, it recovered by itself
   * in time, and nothing was lost or doubled.
   */
  void assertShopCoped() {
    assertAnsweredClearly();
    assertRecoveredInTime();
    invariants.assertHold(shoppers);
  }

  /** Checkouts the shop accepted (202) while the fault was on. */
  long checkoutsAcceptedDuring() {
    return during.to("checkout").count(a -> a.status() == 202);
  }

  private void assertAnsweredClearly() {
    assertThat(all.unclear()).as(report()).isEmpty();
    assertThat(all.slowest()).as(report()).isLessThan(ShopLoad.ANSWER_BOUND);
  }

  private void assertRecoveredInTime() {
    assertThat(recovery).as(report()).isLessThan(RECOVERY_BOUND);
  }

  String report() {
    return "%s: under way during the fault %s; sent after it %s; recovered in %d ms"
        .formatted(name, during.summary(), after.summary(), recovery.toMillis());
  }

  /** Ready again, and a shopper's checkout accepted after the fault was removed. */
  private static Instant awaitRecovery(ShopLoad load, Instant removed) {
    var http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    var deadline = removed.plus(RECOVERY_BOUND);
    while (Instant.now().isBefore(deadline)) {
      var accepted = load.answers().sentFrom(removed).to("checkout").count(a -> a.status() == 202);
      if (accepted > 0 && ready(http)) {
        return Instant.now();
      }
      Pause.of(Duration.ofMillis(200));
    }
    return Instant.now();
  }

  private static boolean ready(HttpClient http) {
    try {
      var request =
          HttpRequest.newBuilder(RunningShop.baseUri().resolve("health/ready"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return http.send(request, BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
