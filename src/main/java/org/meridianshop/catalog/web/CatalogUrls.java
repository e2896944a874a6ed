package org.meridianshop.catalog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The addresses shoppers see and bookmark: {@code /c/{slug}} for a category and {@code /p/{slug}}
 * for a product. They are forwarded to the Faces views, which get the slug as a request parameter;
 * the browser keeps the clean address and its query string.
 */
@WebFilter(
    filterName = "CatalogUrls",
    urlPatterns = {"/c/*", "/p/*"})
public class CatalogUrls extends HttpFilter {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Map<String, String> VIEWS =
      Map.of("/c/", "/category.xhtml", "/p/", "/product.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    var prefix = path.substring(0, Math.min(3, path.length()));
    var slug = path.substring(prefix.length());
    var view = VIEWS.get(prefix);
    if (view == null || !SLUG.matcher(slug).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher(view + "?slug=" + slug).forward(request, response);
  }
}
