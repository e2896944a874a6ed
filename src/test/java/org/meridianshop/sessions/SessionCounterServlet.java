package org.meridianshop.sessions;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The shop has no page that keeps a session yet (no login, no cart), so the sessions test deploys
 * this next to it in the same server: each request counts one more in its session and answers the
 * count.
 */
@WebServlet("/count")
public class SessionCounterServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var session = request.getSession();
    var count = (Integer) session.getAttribute("count");
    count = count == null ? 1 : count + 1;
    session.setAttribute("count", count);
    response.setContentType("text/plain");
    response.getWriter().print(count);
  }
}
