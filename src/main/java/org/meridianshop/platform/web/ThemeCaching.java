package org.meridianshop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers and proxies keep theme files (CSS, icons) for a day, so pages after the first load
 * only the HTML. A missing file is not marked cacheable, so a fix shows up at once.
 */
@WebFilter(filterName = "ThemeCaching", urlPatterns = "/themes/*")
public class ThemeCaching extends HttpFilter {

  static final String CACHE_CONTROL = "public, max-age=86400";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (getServletContext().getResource(path) != null) {
      response.setHeader("Cache-Control", CACHE_CONTROL);
    }
    chain.doFilter(request, response);
  }
}
