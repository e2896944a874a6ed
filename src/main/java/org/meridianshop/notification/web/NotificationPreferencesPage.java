package org.meridianshop.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.customer.AccountSettings;
import org.meridianshop.customer.Profile;
import org.meridianshop.notification.DeviceToken;
import org.meridianshop.notification.Devices;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationPreferences;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;

/**
 * The account's notification settings: which kinds it wants on which channel, the phone number
 * texts go to (the profile's), and the devices its apps registered for push, each removable.
 */
@Named
@RequestScoped
public class NotificationPreferencesPage {

  /** The request parameter that names the device a remove button acts on. */
  static final String DEVICE = "device";

  @Inject NotificationPreferences preferences;
  @Inject Devices devices;
  @Inject AccountSettings accounts;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private List<PreferenceRow> rows;
  private List<DeviceToken> deviceList;
  private String phone;

  @PostConstruct
  void load() {
    rows =
        preferences.of(caller.accountId()).stream()
            .filter(choice -> choice.kind() != NotificationKind.LOW_STOCK_ALERT)
            .map(PreferenceRow::of)
            .toList();
    deviceList = devices.of(caller.accountId());
    phone = accounts.account(caller.accountId()).profile().phone();
  }

  public void save() {
    try {
      var profile = accounts.account(caller.accountId()).profile();
      accounts.changeProfile(
          caller.accountId(), new Profile(profile.firstName(), profile.lastName(), phone));
      preferences.choose(caller.accountId(), rows.stream().map(PreferenceRow::choice).toList());
      FormMessages.confirm(faces, "Your notification settings are saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public void removeDevice() {
    var token = faces.getExternalContext().getRequestParameterMap().get(DEVICE);
    try {
      devices.remove(caller.accountId(), token);
      FormMessages.confirm(faces, "The device no longer receives push notifications.");
    } catch (NotFoundException gone) {
      FormMessages.show(faces, new NotFoundException("That device was already removed."));
    }
    deviceList = devices.of(caller.accountId());
  }

  public List<PreferenceRow> getRows() {
    return rows;
  }

  public List<DeviceToken> getDevices() {
    return deviceList;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
