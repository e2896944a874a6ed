package org.meridianshop.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request really comes from: the client's address, for rate limits, and whether it used
 * HTTPS. {@code X-Forwarded-For} is believed only when the connection comes from a proxy listed in
 * {@code HTTP_TRUSTED_PROXIES}; otherwise any client could name itself anyone and escape its limit.
 */
@ApplicationScoped
public class ClientAddresses {

  private final Set<String> trustedProxies;

  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "http.trusted.proxies", defaultValue = " ") String trusted) {
    this.trustedProxies =
        Arrays.stream(trusted.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  protected ClientAddresses() {
    this.trustedProxies = Set.of();
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /** Whether the client used HTTPS, to us or to the trusted proxy in front of us. */
  public boolean cameOverHttps(HttpServletRequest request) {
    return request.isSecure()
        || (trustedProxies.contains(request.getRemoteAddr())
            && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }

  String of(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    // the nearest hop that is not one of our proxies is the client
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!hops.get(i).isEmpty() && !trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return remoteAddress;
  }
}
