package org.meridianshop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * Another site can make a signed-in shopper's browser post the shop's forms, with the shopper's
 * cookies but without the page state the shop rendered the form with. Such a post changes nothing.
 */
@ExtendWith(RunningShop.class)
class FormForgeryIT {

  private static final String PASSWORD_PAGE = "account/password.xhtml";
  private static final String OLD = "old horse battery staple";
  private static final String NEW = "new horse battery staple";
  private static final String CHANGED = "Your password is changed";

  @Test
  void passwordChangeWithoutTheFormsStateChangesNothing() {
    var email = PageClient.uniqueEmail("forged");
    var victim = new PageClient();
    victim.register(email, OLD);

    var withoutState = victim.post(PASSWORD_PAGE, passwordChange(null));
    assertThat(withoutState.statusCode()).isNotEqualTo(302);
    assertThat(withoutState.body()).doesNotContain(CHANGED);

    for (var forged : new String[] {"-123:456", "stateless"}) {
      var response = victim.post(PASSWORD_PAGE, passwordChange(forged));
      assertThat(response.statusCode()).as("view state %s", forged).isEqualTo(400);
      assertThat(response.body())
          .contains("This form has expired; please try again")
          .doesNotContain(CHANGED);
    }

    assertThat(new PageClient().signIn(email, OLD)).as("the old password still works").isTrue();
    assertThat(new PageClient().signIn(email, NEW)).as("the forged one was never set").isFalse();
  }

  @Test
  void theSamePostWithTheFormsStateDoesChangeThePassword() {
    var email = PageClient.uniqueEmail("genuine");
    var owner = new PageClient();
    owner.register(email, OLD);

    var response =
        owner.submit(PASSWORD_PAGE, "password-form", "change-password", fields(OLD, NEW, NEW));

    assertThat(response.body()).contains(CHANGED);
    assertThat(new PageClient().signIn(email, NEW)).isTrue();
  }

  private static Map<String, String> passwordChange(String viewState) {
    var post = new LinkedHashMap<String, String>();
    post.put("password-form", "password-form");
    if (viewState != null) {
      post.put("jakarta.faces.ViewState", viewState);
    }
    post.putAll(fields(OLD, NEW, NEW));
    post.put("change-password", "Change password");
    return post;
  }

  private static Map<String, String> fields(String current, String next, String repeated) {
    return Map.of("currentPassword", current, "newPassword", next, "repeatedPassword", repeated);
  }
}
