package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * Who may open which page: account pages need a sign-in, the console an administrator; every page
 * of both folders is checked, so a new page is covered as it comes.
 */
@ExtendWith(RunningShop.class)
class PageAccessIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern NEXT_FIELD = Pattern.compile("id=\"next\"[^>]*value=\"([^\"]*)\"");

  @Test
  void anAccountPageSendsAVisitorToSignInAndBackAfterwards() {
    var email = PageClient.uniqueEmail("returning");
    new PageClient().register(email, PASSWORD);
    var visitor = new PageClient();

    var refused = visitor.get("account/addresses.xhtml");

    assertThat(refused.statusCode()).isEqualTo(302);
    var login = refused.headers().firstValue("Location").orElseThrow();
    assertThat(URLDecoder.decode(login, StandardCharsets.UTF_8))
        .endsWith("/login.xhtml?next=/account/addresses.xhtml");
    var loginPage = visitor.get(login);
    var next = NEXT_FIELD.matcher(loginPage.body());
    assertThat(next.find()).as("the login form carries the page to return to").isTrue();

    var signedIn =
        visitor.submit(
            login,
            "login-form",
            "sign-in",
            Map.of("email", email, "password", PASSWORD, "next", next.group(1)));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/account/addresses.xhtml"));
    var addresses = visitor.get("account/addresses.xhtml");
    assertThat(addresses.statusCode()).isEqualTo(200);
    assertThat(addresses.body()).contains("Your addresses");
  }

  @Test
  void signingInIgnoresANextPageOnAnotherSite() {
    var email = PageClient.uniqueEmail("redirected");
    new PageClient().register(email, PASSWORD);

    for (var elsewhere :
        new String[] {"//evil.example/", "/\\evil.example/", "https://evil.example/"}) {
      var visitor = new PageClient();
      var response =
          visitor.submit(
              "login.xhtml",
              "login-form",
              "sign-in",
              Map.of("email", email, "password", PASSWORD, "next", elsewhere));
      assertThat(response.headers().firstValue("Location"))
          .as("next=%s", elsewhere)
          .hasValueSatisfying(
              to ->
                  assertThat(to)
                      .startsWith(RunningShop.baseUri().toString())
                      .endsWith("/account/index.xhtml"));
    }
  }

  @Test
  void aCustomerIsRefusedTheConsole() {
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("customer"), PASSWORD);

    var console = customer.get("admin/index.xhtml");

    assertThat(console.statusCode()).isEqualTo(403);
    assertThat(console.body()).contains("This page is not open to your account");
    assertThat(customer.get("account/index.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdministratorSeesTheConsole() {
    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();

    var console = admin.get("admin/index.xhtml");

    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.body()).contains("<h1 id=\"console-heading\">Console</h1>");
    assertThat(console.body()).contains("/openapi/ui/");
    assertThat(admin.get("").body()).contains(">Console</a>");
  }

  @Test
  void everyConsoleAndAccountPageIsClosedToWhoMayNotSeeIt() throws IOException {
    var visitor = new PageClient();
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("sweeping"), PASSWORD);
    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();

    for (var page : pagesUnder("admin")) {
      assertThat(visitor.get(page).statusCode()).as("a visitor on " + page).isEqualTo(302);
      assertThat(customer.get(page).statusCode()).as("a customer on " + page).isEqualTo(403);
      // a page about one thing (an order) without its id finds nothing
      assertThat(admin.get(page).statusCode()).as("the admin on " + page).isIn(200, 404);
    }
    for (var page : pagesUnder("account")) {
      assertThat(visitor.get(page).statusCode()).as("a visitor on " + page).isEqualTo(302);
      assertThat(customer.get(page).statusCode()).as("a customer on " + page).isIn(200, 404);
    }
  }

  /** The Faces pages in a folder of the web application, as the shop serves them. */
  private static List<String> pagesUnder(String folder) throws IOException {
    try (var files = Files.list(Path.of("src/main/webapp", folder))) {
      var pages =
          files
              .map(file -> folder + "/" + file.getFileName())
              .filter(page -> page.endsWith(".xhtml"))
              .sorted()
              .toList();
      assertThat(pages).isNotEmpty();
      return pages;
    }
  }
}
