package org.meridianshop.analytics.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.meridianshop.analytics.DashboardCsv;
import org.meridianshop.analytics.Dashboards;
import org.meridianshop.platform.errors.ShopException;

/**
 * The dashboard's "Export CSV" link: the range's figures as a file, for the administrator signed in
 * to the console (the console's own address, so web.xml's constraint on {@code /admin/*} guards it
 * and the browser's session is enough; the API's CSV wants a bearer token a browser does not have).
 */
@WebServlet(DashboardCsvDownload.PATH)
public class DashboardCsvDownload extends HttpServlet {

  static final String PATH = "/admin/dashboard.csv";

  @Inject Dashboards dashboards;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      var days = dashboards.range(request.getParameter("from"), request.getParameter("to"));
      var csv = DashboardCsv.of(dashboards.of(days));
      response.setContentType("text/csv");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + DashboardCsv.fileName(days) + "\"");
      response.getWriter().write(csv);
    } catch (ShopException refusal) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, refusal.getMessage());
    }
  }
}
