package org.meridianshop.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.meridianshop.platform.security.ClientAddresses;

/**
 * Browser protections on every response of the shop. The pages use no inline scripts or styles, so
 * the content security policy allows only the shop's own files; error pages get the same headers
 * because the filter also runs on error dispatches. Other origins enter the policy only when a
 * capability needs them ({@link ThirdPartyOrigins}, such as Stripe's once it is configured). HSTS
 * is sent on HTTPS requests, including those a trusted proxy forwards from HTTPS.
 */
@WebFilter(
    filterName = "SecurityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  /** The shop's own policy, directive by directive, before other origins are added. */
  static final List<String> OWN_POLICY =
      List.of(
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "frame-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), usb=(), magnetometer=(), gyroscope=()";

  @Inject ClientAddresses clients;
  @Inject Instance<ThirdPartyOrigins> thirdParties;

  private String contentSecurityPolicy;

  @Override
  public void init() {
    var extra = new LinkedHashMap<String, List<String>>();
    thirdParties.forEach(
        origins ->
            origins
                .byDirective()
                .forEach(
                    (directive, added) ->
                        extra.merge(
                            directive,
                            added,
                            (a, b) -> Stream.concat(a.stream(), b.stream()).toList())));
    contentSecurityPolicy = policy(extra);
  }

  /** The shop's policy with the other origins added to their directives. */
  static String policy(Map<String, List<String>> extra) {
    return OWN_POLICY.stream()
        .map(
            directive -> {
              var name = directive.substring(0, directive.indexOf(' '));
              var added = extra.getOrDefault(name, List.of());
              return added.isEmpty() ? directive : directive + " " + String.join(" ", added);
            })
        .collect(Collectors.joining("; "));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (clients.cameOverHttps(request)) {
      // only over HTTPS: on plain http a browser ignores it, and localhost must stay usable
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
