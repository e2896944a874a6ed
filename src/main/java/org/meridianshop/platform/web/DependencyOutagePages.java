package org.meridianshop.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.meridianshop.platform.errors.DependencyOutage;

/**
 * A page that failed only because the database or Redis was out of reach is a 503 with a
 * Retry-After (the static error page, which needs neither), not a 500: the visitor can simply try
 * again, and monitoring can tell an outage from a bug. The API's answers are its exception mappers'
 * business.
 */
@WebFilter(
    filterName = "DependencyOutagePages",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class DependencyOutagePages extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DependencyOutagePages.class.getName());

  /** A database or Redis that went away is usually back, or failed over, within seconds. */
  private static final int RETRY_AFTER_SECONDS = 5;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      var outage = DependencyOutage.of(e);
      if (outage.isEmpty() || response.isCommitted()) {
        throw e;
      }
      LOG.warning(() -> "Page answered 503, the " + outage.get() + " is out of reach: " + e);
      response.reset();
      answer(request, response, outage.get());
    }
  }

  /**
   * Answers 503 with a Retry-After for a request that cannot be served while the dependency is out
   * of reach: a problem on the API, the static error page for a page.
   */
  public static void answer(
      HttpServletRequest request, HttpServletResponse response, String dependency)
      throws IOException {
    response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(503);
      return;
    }
    response.setStatus(503);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"The shop cannot reach its "
                + dependency
                + " right now; try again in a moment.\"}");
  }
}
