package org.meridianshop.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses, with a 400, a request whose address or parameters hold the NUL character. No shopper
 * types one; PostgreSQL cannot store one in text and would fail the request with a 500 instead, and
 * downstream tools (logs, CSV exports) mishandle it. JSON bodies are checked by {@code
 * org.meridianshop.platform.api.NulCharactersInJson}.
 */
@WebFilter(
    filterName = "NulCharacters",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class NulCharacters extends HttpFilter {

  static final String NUL = "\u0000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var offending = offendingPart(request);
    if (offending.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var detail = "The " + offending.get() + " holds a NUL character, which no field may contain.";
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\""
                  + detail
                  + "\"}");
    } else {
      response.sendError(400, detail);
    }
  }

  private static Optional<String> offendingPart(HttpServletRequest request) {
    if (request.getRequestURI().toLowerCase(Locale.ROOT).contains("%00")) {
      return Optional.of("address");
    }
    return request.getParameterMap().entrySet().stream()
        .filter(
            p ->
                p.getKey().contains(NUL)
                    || Arrays.stream(p.getValue()).anyMatch(v -> v.contains(NUL)))
        .map(p -> "parameter " + p.getKey().replace(NUL, "\\u0000"))
        .findFirst();
  }
}
