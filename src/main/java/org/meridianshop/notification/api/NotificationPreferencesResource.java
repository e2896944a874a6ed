package org.meridianshop.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridianshop.notification.Channel;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationPreferences;
import org.meridianshop.notification.NotificationPreferences.Choice;
import org.meridianshop.platform.api.Authenticated;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * Which notifications the caller wants on which channel. The phone number texts go to is the
 * profile's ({@code PUT /api/users/me}).
 */
@Path("/users/me/notification-preferences")
@RequestScoped
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferencesResource {

  @Inject CurrentCaller caller;
  @Inject NotificationPreferences preferences;

  @GET
  public Preferences preferences() {
    return Preferences.of(preferences.of(caller.accountId()));
  }

  @PUT
  public Preferences choose(Preferences wanted) {
    if (wanted == null || wanted.items() == null) {
      throw new InvalidInputException(List.of(new FieldError("items", "is required")));
    }
    return Preferences.of(preferences.choose(caller.accountId(), wanted.choices()));
  }

  /** Every kind with its channels. */
  public record Preferences(List<Item> items) {
    static Preferences of(List<Choice> choices) {
      return new Preferences(choices.stream().map(Item::of).toList());
    }

    List<Choice> choices() {
      var errors = new ArrayList<FieldError>();
      var choices = new ArrayList<Choice>();
      for (int i = 0; i < items.size(); i++) {
        var item = items.get(i);
        NotificationKind kind;
        try {
          kind = NotificationKind.ofTemplate(String.valueOf(item.kind()));
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError("items[" + i + "].kind", "is not a kind of notification"));
          continue;
        }
        var channels = new EnumMap<Channel, Boolean>(Channel.class);
        var given = item.channels() == null ? Map.<String, Boolean>of() : item.channels();
        for (var entry : given.entrySet()) {
          try {
            channels.put(
                Channel.valueOf(entry.getKey().toUpperCase(Locale.ROOT)),
                Boolean.TRUE.equals(entry.getValue()));
          } catch (IllegalArgumentException e) {
            errors.add(
                new FieldError("items[" + i + "].channels", "has no channel " + entry.getKey()));
          }
        }
        choices.add(new Choice(kind, channels));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return choices;
    }
  }

  /** One kind: whether it is transactional, and whether it is wanted on each channel. */
  public record Item(String kind, Boolean transactional, Map<String, Boolean> channels) {
    static Item of(Choice choice) {
      var channels = new LinkedHashMap<String, Boolean>();
      choice.channels().forEach((c, on) -> channels.put(c.name().toLowerCase(Locale.ROOT), on));
      return new Item(choice.kind().template(), choice.kind().transactional(), channels);
    }
  }
}
