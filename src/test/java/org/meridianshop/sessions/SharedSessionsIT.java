package org.meridianshop.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.redisson.client.codec.ByteArrayCodec;

/**
 * With SESSION_STORE=redis, web sessions live in Redis: a session is there after a request, and it
 * outlives the server (kill -9 and start again), so any server of the shop can serve it.
 */
@ExtendWith(RunningShop.class)
class SharedSessionsIT {

  private static final String PROBE = "session-probe";
  private static final String SESSIONS_IN_REDIS = "com.ibm.ws.session.attr.default_host%2F" + PROBE;
  private static final Duration DEPLOYMENT_LIMIT = Duration.ofMinutes(1);

  private static Path probe;

  @BeforeAll
  static void deploySessionCounter() throws IOException, InterruptedException {
    assumeTrue(RunningShop.redis().isPresent(), "this wiring keeps sessions in memory");
    probe = RunningShop.server().dropins().resolve(PROBE + ".war");
    writeWar(probe, SessionCounterServlet.class);
    awaitCounter();
  }

  @AfterAll
  static void removeSessionCounter() throws IOException {
    if (probe != null) {
      Files.deleteIfExists(probe);
    }
  }

  @Test
  void aSessionIsKeptInRedisAndOutlivesACrashOfTheServer() throws Exception {
    var browser = http().cookieHandler(new CookieManager()).build();
    assertThat(count(browser)).isEqualTo("1");
    assertThat(count(browser)).isEqualTo("2");
    var redis = RunningShop.redis().orElseThrow().client();
    assertThat(redis.getMap(SESSIONS_IN_REDIS, ByteArrayCodec.INSTANCE).size()).isPositive();

    RunningShop.server().crash();
    RunningShop.server().restart();
    awaitCounter();

    assertThat(count(browser)).isEqualTo("3");
  }

  private static String count(HttpClient browser) throws IOException, InterruptedException {
    var response = browser.send(counterRequest(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static HttpRequest counterRequest() {
    return HttpRequest.newBuilder(counterUri()).timeout(Duration.ofSeconds(10)).build();
  }

  private static URI counterUri() {
    return RunningShop.baseUri().resolve(PROBE + "/count");
  }

  /** Waits until Liberty has started the counter (a request of its own, with no session). */
  private static void awaitCounter() throws InterruptedException {
    var client = http().build();
    var deadline = Instant.now().plus(DEPLOYMENT_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (client.send(counterRequest(), HttpResponse.BodyHandlers.discarding()).statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The session counter did not start in " + DEPLOYMENT_LIMIT);
  }

  /** HTTP/1.1, as browsers speak plain HTTP (the JDK's HTTP/2 upgrade gets no answer). */
  private static HttpClient.Builder http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5));
  }

  /** A web application made of this one servlet class. */
  private static void writeWar(Path war, Class<?> servlet) throws IOException {
    var entry = "WEB-INF/classes/" + servlet.getName().replace('.', '/') + ".class";
    var temporary = Files.createTempFile(war.getParent(), PROBE, ".tmp");
    try (var zip = new ZipOutputStream(Files.newOutputStream(temporary));
        var bytes =
            servlet.getResourceAsStream("/" + entry.substring("WEB-INF/classes/".length()))) {
      zip.putNextEntry(new ZipEntry(entry));
      bytes.transferTo(zip);
      zip.closeEntry();
    }
    // Liberty must never see a half-written archive
    Files.move(temporary, war);
  }
}
