package org.meridianshop.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a shop on the wiring of the chosen failsafe execution (the production wiring's
 * PostgreSQL, Kafka, Redis and emulated Stripe, or the embedded default), kept up for the Gatling
 * simulations to be run against it from another terminal, until {@code -Dbenchmark.minutes} (30)
 * pass or the file {@code -Dbenchmark.stopFile} appears. It writes where the shop is to {@code
 * -Dbenchmark.urlFile} and prints it; the README's "Benchmarks" gives the commands.
 */
@ExtendWith(RunningShop.class)
class StandingShopBenchmark {

  @Test
  void keepsTheShopUpForTheLoad() throws Exception {
    var minutes = Integer.getInteger("benchmark.minutes", 30);
    var stopFile = Path.of(System.getProperty("benchmark.stopFile", "target/benchmark.stop"));
    var baseUrl = RunningShop.baseUri().toString().replaceAll("/$", "");
    Files.deleteIfExists(stopFile);
    var urlFile = System.getProperty("benchmark.urlFile");
    if (urlFile != null) {
      Files.writeString(Path.of(urlFile), baseUrl);
    }
    System.out.printf(
        "%nShop ready for load at %s (admin %s, password %s) for %d minutes, or until %s exists.%n"
            + "  mvn -Pbenchmark gatling:test -Dbenchmark.baseUrl=%s"
            + " -Dbenchmark.simulation=org.meridianshop.load.StorefrontMixSimulation%n%n",
        baseUrl,
        RunningShop.admin().email(),
        RunningShop.admin().password(),
        minutes,
        stopFile.toAbsolutePath(),
        baseUrl);
    var end = Instant.now().plus(Duration.ofMinutes(minutes));
    while (Instant.now().isBefore(end) && !Files.exists(stopFile)) {
      Thread.sleep(1_000);
    }
    Files.deleteIfExists(stopFile);
  }
}
