package org.meridianshop.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The event backbone under load, through its admin probes: first one probe at a time, to read the
 * end-to-end latency (record to handler, measured by the shop) of each; then one batch of many
 * probes over 100 aggregates, to read how many events per second the relay, the broker and the
 * consumer carry together. Needs the shop's admin password: {@code -DadminPassword=...}.
 */
public class EventBackboneSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9080");
  private static final String ADMIN = System.getProperty("adminEmail", "admin@shop.local");
  private static final String PASSWORD = System.getProperty("adminPassword", "");
  private static final int SINGLES = Integer.getInteger("singles", 300);
  private static final int BATCH = Integer.getInteger("batch", 10_000);

  private static final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private static volatile long batchMillis;

  private static ChainBuilder probes(int count, int aggregates) {
    return exec(http("send " + count + " probe(s)")
            .post("/api/admin/events/probes")
            .header("Authorization", "Bearer #{token}")
            .header("Content-Type", "application/json")
            .body(StringBody("{\"count\":" + count + ",\"aggregates\":" + aggregates + "}"))
            .check(status().is(202))
            .check(jsonPath("$.batchId").saveAs("batch")))
        .exec(session -> session.set("handled", 0).set("sentAt", System.currentTimeMillis()))
        .exec(
            asLongAs(session -> session.getInt("handled") < count)
                .on(
                    exec(http("read report")
                            .get("/api/admin/events/probes/#{batch}")
                            .header("Authorization", "Bearer #{token}")
                            .check(jsonPath("$.handled").ofInt().saveAs("handled"))
                            .check(jsonPath("$.latencyP50Millis").ofLong().saveAs("latency")))
                        .pause(Duration.ofMillis(count == 1 ? 5 : 200))));
  }

  private final ScenarioBuilder backbone =
      scenario("Event backbone")
          .exec(
              http("sign in")
                  .post("/api/users/login")
                  .header("Content-Type", "application/json")
                  .body(
                      StringBody(
                          "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                  .check(status().is(200))
                  .check(jsonPath("$.accessToken").saveAs("token")))
          .exec(
              repeat(SINGLES)
                  .on(
                      probes(1, 1)
                          .exec(
                              session -> {
                                latencies.add(session.getLong("latency"));
                                return session;
                              })
                          .pause(Duration.ofMillis(20))))
          .exec(probes(BATCH, 100))
          .exec(
              session -> {
                batchMillis = System.currentTimeMillis() - session.getLong("sentAt");
                return session;
              });

  {
    setUp(backbone.injectOpen(atOnceUsers(1)))
        .protocols(http.baseUrl(BASE_URL).shareConnections());
  }

  @Override
  public void after() {
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(
        "%nEvent backbone: %d single probes, latency record->handled p50 %d ms, p99 %d ms, max %d"
            + " ms; %d probes in one batch handled in %d ms (%.0f events/s)%n",
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
        BATCH,
        batchMillis,
        BATCH * 1000.0 / Math.max(1, batchMillis));
  }

  private static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }
}
