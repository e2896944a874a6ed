package org.meridianshop.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.meridianshop.accounts.UsersApi.anyone;
import static org.meridianshop.accounts.UsersApi.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;

/** Shipping and billing addresses, one default of each, and nobody else's. */
@ExtendWith(RunningShop.class)
class AddressBookIT {

  @Test
  void theFirstAddressOfAKindIsItsDefaultAndAnotherCanTakeOver() {
    var token = UsersApi.register().accessToken();
    var home = add(token, address("shipping", "1 Home Street", false));
    var office = add(token, address("shipping", "2 Office Road", false));
    var invoices = add(token, address("billing", "3 Ledger Lane", false));
    assertThat(isDefault(token, home)).isTrue();
    assertThat(isDefault(token, office)).isFalse();
    assertThat(isDefault(token, invoices)).isTrue();

    as(token)
        .body(address("shipping", "2 Office Road", true))
        .put("me/addresses/" + office)
        .then()
        .statusCode(200)
        .body("default", equalTo(true));
    assertThat(isDefault(token, home)).isFalse();
    assertThat(isDefault(token, invoices)).as("billing keeps its own default").isTrue();

    as(token).delete("me/addresses/" + office).then().statusCode(204);
    assertThat(isDefault(token, home)).as("the default passes on").isTrue();
  }

  @Test
  void anAddressIsValidatedFieldByField() {
    var token = UsersApi.register().accessToken();
    var wrong = new HashMap<String, Object>(address("shipping", " ", false));
    wrong.put("country", "Utopia");
    wrong.put("postalCode", "");
    as(token)
        .body(wrong)
        .post("me/addresses")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("line1", "country", "postalCode"));
    var noKind = new HashMap<String, Object>(address("shipping", "1 Road", false));
    noKind.put("kind", "holiday");
    as(token).body(noKind).post("me/addresses").then().statusCode(400);
  }

  @Test
  void oneCustomerCannotSeeOrTouchAnothersAddresses() {
    var owner = UsersApi.register().accessToken();
    var intruder = UsersApi.register().accessToken();
    var id = add(owner, address("shipping", "1 Private Way", false));

    assertThat(as(intruder).get("me/addresses").jsonPath().getList("$")).isEmpty();
    as(intruder)
        .body(address("shipping", "Hijacked", true))
        .put("me/addresses/" + id)
        .then()
        .statusCode(404);
    as(intruder).delete("me/addresses/" + id).then().statusCode(404);
    as(owner).get("me/addresses").then().body("[0].line1", equalTo("1 Private Way"));
    anyone().get("me/addresses").then().statusCode(401);
  }

  private static String add(String token, Map<String, Object> address) {
    return as(token).body(address).post("me/addresses").then().statusCode(201).extract().path("id");
  }

  private static boolean isDefault(String token, String id) {
    List<Map<String, Object>> all = as(token).get("me/addresses").jsonPath().getList("$");
    return all.stream()
        .filter(a -> id.equals(a.get("id")))
        .map(a -> (Boolean) a.get("default"))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> address(String kind, String line1, boolean preferred) {
    return Map.of(
        "kind", kind,
        "default", preferred,
        "name", "Ada Lovelace",
        "line1", line1,
        "city", "London",
        "postalCode", "SW1A 1AA",
        "country", "gb");
  }
}
