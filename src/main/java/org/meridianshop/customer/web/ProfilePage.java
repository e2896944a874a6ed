package org.meridianshop.customer.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.customer.Account;
import org.meridianshop.customer.AccountSettings;
import org.meridianshop.customer.Profile;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;

/** The account page: who the customer is to the shop, and a form to change it. */
@Named
@RequestScoped
public class ProfilePage {

  @Inject AccountSettings settings;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private Account account;
  private String firstName;
  private String lastName;
  private String phone;

  @PostConstruct
  void load() {
    account = settings.account(caller.accountId());
    var profile = account.profile();
    firstName = profile.firstName();
    lastName = profile.lastName();
    phone = profile.phone();
  }

  public void save() {
    try {
      account = settings.changeProfile(caller.accountId(), new Profile(firstName, lastName, phone));
      FormMessages.confirm(faces, "Your details are saved.");
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public String getEmail() {
    return account.email();
  }

  public boolean isEmailVerified() {
    return account.emailVerified();
  }

  /** The name as saved, for the heading; the form's fields may hold what was just typed. */
  public String getSavedFirstName() {
    return account.profile().firstName();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
