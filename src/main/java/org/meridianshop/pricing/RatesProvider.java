package org.meridianshop.pricing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * Where the exchange rates come from and how to show the key: as {@code Authorization: Bearer KEY},
 * or, when {@code keyHeader} is named, as that header's whole value (e.g. {@code apikey: KEY}).
 */
public record RatesProvider(URI url, Optional<String> apiKey, Optional<String> keyHeader) {

  public RatesProvider {
    if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("EXCHANGE_RATES_URL must start with https:// or http://");
    }
    apiKey = apiKey.filter(k -> !k.isBlank());
    keyHeader = keyHeader.filter(h -> !h.isBlank());
  }

  HttpRequest.Builder request() {
    var request = HttpRequest.newBuilder(url).header("Accept", "application/json");
    apiKey.ifPresent(
        key ->
            keyHeader.ifPresentOrElse(
                header -> request.header(header, key),
                () -> request.header("Authorization", "Bearer " + key)));
    return request;
  }

  /** Where the rates come from, for the log: never the key, nor a query that may hold one. */
  String host() {
    return url.getHost();
  }

  @Override
  public String toString() {
    return "RatesProvider[" + url.getScheme() + "://" + url.getAuthority() + url.getPath() + "]";
  }
}
