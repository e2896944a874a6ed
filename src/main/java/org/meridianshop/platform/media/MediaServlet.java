package org.meridianshop.platform.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Serves stored media at {@code /media/{id}}. Media never change once stored, so responses may be
 * cached for a year. Stored files come from outside the code, so browsers are told not to guess
 * their type, and SVGs are sandboxed: a script inside one never runs with the shop's origin.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD");
  private static final String SVG = "image/svg+xml";

  @Inject transient MediaLibrary library;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!ALLOWED_METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      sendPlain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed");
      return;
    }
    var media = idIn(request.getPathInfo()).flatMap(library::withId);
    if (media.isEmpty()) {
      sendPlain(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
      return;
    }
    send(media.get(), request, response);
  }

  private static void send(Media media, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var tag = EntityTag.of(media);
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (media.contentType().startsWith(SVG)) {
      response.setHeader(
          "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }
    if (EntityTag.matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(media.contentType());
    response.setContentLength(media.content().length);
    if (request.getMethod().equals("GET")) {
      response.getOutputStream().write(media.content());
    }
  }

  /** A short plain answer rather than the server's error page, which says more than needed. */
  private static void sendPlain(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().println(message);
  }

  /** The id in a path such as {@code /42}; anything else names no media. */
  static Optional<Long> idIn(String path) {
    if (path == null || !path.matches("/[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(path.substring(1)));
  }
}
