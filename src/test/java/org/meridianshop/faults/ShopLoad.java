package org.meridianshop.faults;

import com.google.gson.Gson;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.meridianshop.orders.Shopper;
import org.meridianshop.orders.Stock;
import org.meridianshop.testing.RunningShop;

/**
 * A few shoppers who, each in a thread of their own, look at a product through the API and on its
 * page, put a unit of it in their cart and check out, again and again, while a test does something
 * to one of the shop's dependencies. Every answer is kept with its time, so a test can tell how the
 * shop answered during a fault and after it. A checkout that was not answered (a 5xx or no answer)
 * is tried again with the same Idempotency-Key, as a careful app would, so a doubled order shows.
 */
final class ShopLoad implements AutoCloseable {

  /**
   * The longest a shopper waits for an answer. The shop waits at most 10 s for a database
   * connection from its pool and under 10 s for Redis (2 s per try, two retries 1.5 s apart); a
   * request held longer than this is a hang. A frozen database connection holds a request until the
   * link thaws or the tests' 12 s socket timeout ({@code DB_SOCKET_TIMEOUT}) closes it.
   */
  static final Duration ANSWER_BOUND = Duration.ofSeconds(20);

  private static final int SHOPPERS = 3;

  /** Between a shopper's rounds, so a few shoppers are a steady load rather than a flood. */
  private static final Duration THINKING = Duration.ofMillis(250);

  private static final String PAYING_CARD = "pm_card_visa";
  private static final String DECLINED_CARD = "pm_card_chargeDeclined";

  private static final Gson GSON = new Gson();

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          // as browsers speak to a plain-http server: the JDK's default upgrade to h2c left
          // Liberty's HTTP/2 streams waiting on a write now and then, a hang of its own
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final List<Shopper> shoppers;
  private final Stock stock;
  private final String productPage;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  private ShopLoad(List<Shopper> shoppers, Stock stock, String productPage) {
    this.shoppers = shoppers;
    this.stock = stock;
    this.productPage = productPage;
  }

  /**
   * Registers the shoppers (the shop must be healthy for that) and sets them going on the stock's
   * product; the last of them pays with a card that is declined, so both endings occur.
   */
  static ShopLoad start(Stock stock) {
    var shoppers = IntStream.range(0, SHOPPERS).mapToObj(i -> Shopper.register()).toList();
    var slug =
        JsonPath.from(
                get(
                    HttpClient.newHttpClient(),
                    RunningShop.baseUri().resolve("api/products/" + stock.productId())))
            .getString("slug");
    var load = new ShopLoad(shoppers, stock, "product.xhtml?slug=" + slug);
    for (int i = 0; i < shoppers.size(); i++) {
      var shopper = shoppers.get(i);
      var card = i == shoppers.size() - 1 ? DECLINED_CARD : PAYING_CARD;
      var thread = new Thread(() -> load.shop(shopper, card), "shopper-" + i);
      thread.start();
      load.threads.add(thread);
    }
    return load;
  }

  /** The shoppers' email addresses: their orders are the ones the load placed. */
  List<String> emails() {
    return shoppers.stream().map(Shopper::email).toList();
  }

  /** Every answer so far. */
  Answers answers() {
    return new Answers(List.copyOf(answers));
  }

  /** Stops the shoppers after their current request. */
  @Override
  public void close() {
    running = false;
    for (var thread : threads) {
      try {
        thread.join(ANSWER_BOUND.multipliedBy(3).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void shop(Shopper shopper, String card) {
    String unansweredCheckout = null;
    while (running) {
      ask("product", request(shopper, "api/products/" + stock.productId()).GET());
      ask("page", HttpRequest.newBuilder(RunningShop.baseUri().resolve(productPage)).GET());
      if (unansweredCheckout == null) {
        ask("cart", request(shopper, "api/cart/items").POST(json(cartItem())));
        unansweredCheckout = UUID.randomUUID().toString();
      }
      var checkout =
          ask(
              "checkout",
              request(shopper, "api/orders")
                  .header("Idempotency-Key", unansweredCheckout)
                  .POST(json(Shopper.checkoutBody(card))));
      if (checkout.status() > 0 && checkout.status() < 500) {
        unansweredCheckout = null;
      }
      pause();
    }
  }

  private Answer ask(String call, HttpRequest.Builder request) {
    var sent = Instant.now();
    Answer answer;
    try {
      var response = http.send(request.timeout(ANSWER_BOUND).build(), BodyHandlers.ofString());
      answer = Answer.of(call, sent, response);
    } catch (HttpTimeoutException e) {
      answer = Answer.unanswered(call, sent, "no answer within " + ANSWER_BOUND.toSeconds() + " s");
    } catch (IOException e) {
      answer = Answer.unanswered(call, sent, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      answer = Answer.unanswered(call, sent, "interrupted");
    }
    answers.add(answer);
    return answer;
  }

  private Map<String, Object> cartItem() {
    return Map.of(
        "productId",
        Long.toString(stock.productId()),
        "variantId",
        Long.toString(stock.variantId()),
        "quantity",
        1);
  }

  private static HttpRequest.Builder request(Shopper shopper, String path) {
    return HttpRequest.newBuilder(RunningShop.baseUri().resolve(path))
        .header("Authorization", "Bearer " + shopper.accessToken())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  private static HttpRequest.BodyPublisher json(Map<String, Object> body) {
    return BodyPublishers.ofString(GSON.toJson(body));
  }

  private void pause() {
    try {
      Thread.sleep(THINKING.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static String get(HttpClient http, URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * How the shop answered one request: {@code status} is 0 when no answer came; {@code clear} says
   * whether a shopper could make sense of it (a success, a business refusal, or a 503 that says the
   * shop cannot do it now).
   */
  record Answer(String call, Instant sent, Duration took, int status, boolean clear, String body) {

    static Answer of(String call, Instant sent, HttpResponse<String> response) {
      var status = response.statusCode();
      var problem =
          response
              .headers()
              .firstValue("Content-Type")
              .filter(type -> type.startsWith("application/problem+json"))
              .isPresent();
      var clear =
          status < 300
              || (problem && (status == 409 || status == 422))
              // a page's 503 is an HTML page for people, the API's an RFC 9457 problem
              || (status == 503 && (problem || call.equals("page")));
      return new Answer(
          call, sent, Duration.between(sent, Instant.now()), status, clear, response.body());
    }

    static Answer unanswered(String call, Instant sent, String why) {
      return new Answer(call, sent, Duration.between(sent, Instant.now()), 0, false, why);
    }

    boolean succeeded() {
      return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
      var shortBody = body.length() > 300 ? body.substring(0, 300) + "..." : body;
      return call
          + " "
          + status
          + " sent "
          + sent
          + ", after "
          + took.toMillis()
          + " ms: "
          + shortBody;
    }
  }
}
