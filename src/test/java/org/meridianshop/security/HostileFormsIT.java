package org.meridianshop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * The storefront's, the account's and the console's forms, each read from its page (so a new field
 * is covered as it comes) and sent with every field set to input no browser user should type:
 * injections, markup, a huge string, odd Unicode, absurd numbers. Each answer is a page with a
 * message or a redirect, never a 500, never a stack trace.
 */
@ExtendWith(RunningShop.class)
class HostileFormsIT {

  private static final String PASSWORD = "correct horse battery staple";

  private static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1' --",
          "<script>alert(1)</script>\"><img src=x onerror=alert(1)>",
          "${jndi:ldap://127.0.0.1:1/x} #{7*7}",
          "\u202e\uffff\ud83d\ude00 Z\u0335\u0321alg\u0337o",
          "99999999999999999999999",
          "-1",
          "x".repeat(100_000));

  private static final Pattern FORM =
      Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(?:input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
  private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");

  /** A form as its page shows it: the fields a user fills and the first button. */
  private record Form(String id, List<String> fields, String button) {}

  @Test
  void visitorsFormsRefuseHostileInputCleanly() {
    sweep(
        new PageClient(),
        List.of(
            "register.xhtml",
            "login.xhtml",
            "forgot-password.xhtml",
            "reset-password.xhtml?token=hostile",
            "verify-email.xhtml?token=hostile",
            "unsubscribe.xhtml?token=hostile"));
  }

  @Test
  void customersFormsRefuseHostileInputCleanly() {
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("hostile"), PASSWORD);
    sweep(
        customer,
        List.of("account/index.xhtml", "account/addresses.xhtml", "account/password.xhtml"));
  }

  @Test
  void consoleFormsRefuseHostileInputCleanly() {
    var admin = new PageClient();
    assertThat(admin.signIn(RunningShop.admin().email(), RunningShop.admin().password())).isTrue();
    sweep(
        admin,
        List.of(
            "admin/inventory.xhtml",
            "admin/warehouses.xhtml",
            "admin/notifications.xhtml",
            "admin/product.xhtml?product=1",
            "admin/variant.xhtml?product=1",
            "admin/brands.xhtml",
            "admin/categories.xhtml"));
  }

  private static void sweep(PageClient client, List<String> pages) {
    var softly = new SoftAssertions();
    var sent = 0;
    for (var page : pages) {
      for (var form : formsOn(client.get(page).body())) {
        for (var value : HOSTILE) {
          var fields = new LinkedHashMap<String, String>();
          form.fields().forEach(field -> fields.put(field, value));
          var answer = client.submit(page, form.id(), form.button(), fields);
          check(softly, page + " #" + form.id() + " with " + abbreviated(value), answer);
          sent++;
        }
      }
    }
    softly.assertAll();
    assertThat(sent).as("forms sent").isGreaterThanOrEqualTo(HOSTILE.size());
  }

  private static void check(SoftAssertions softly, String what, HttpResponse<String> answer) {
    softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
    softly
        .assertThat(answer.body())
        .as(what)
        .doesNotContain("Exception", "\tat ", "at org.", "at java.", "SQLState", "org.hibernate");
  }

  /** The forms of a page that a user submits (signing out is left alone: it ends the sweep). */
  private static List<Form> formsOn(String html) {
    var forms = new ArrayList<Form>();
    var form = FORM.matcher(html);
    while (form.find()) {
      var id = form.group(1);
      var fields = new ArrayList<String>();
      String button = null;
      var field = FIELD.matcher(form.group(2));
      while (field.find()) {
        var name = NAME.matcher(field.group(1));
        if (!name.find() || name.group(1).equals(id) || name.group(1).startsWith("jakarta.faces")) {
          continue;
        }
        var type = TYPE.matcher(field.group(1));
        if (type.find() && type.group(1).equals("submit")) {
          button = button == null ? name.group(1) : button;
        } else {
          fields.add(name.group(1));
        }
      }
      if (button != null && !id.equals("sign-out-form")) {
        forms.add(new Form(id, fields, button));
      }
    }
    return forms;
  }

  private static String abbreviated(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
  }
}
