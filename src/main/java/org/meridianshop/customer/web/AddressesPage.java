package org.meridianshop.customer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridianshop.customer.AddressBook;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * The address book page: the list, and one form that adds an address or changes the one being
 * edited. The rows stay with the open page, so "Remove" removes the address it was shown next to
 * even if the book changed in another tab meanwhile.
 */
@Named
@ViewScoped
public class AddressesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AddressBook book;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private List<AddressRow> rows;
  private AddressRow editing;
  private AddressForm form = new AddressForm();

  @PostConstruct
  void load() {
    rows = book.of(caller.accountId()).stream().map(AddressRow::of).toList();
  }

  public void edit(AddressRow row) {
    editing = row;
    form = AddressForm.of(row);
  }

  public void cancel() {
    editing = null;
    form = new AddressForm();
  }

  public void save() {
    try {
      if (editing == null) {
        book.add(
            caller.accountId(), form.kindOrShipping(), form.postalAddress(), form.isPreferred());
        FormMessages.confirm(faces, "The address is added.");
      } else {
        book.change(caller.accountId(), editing.id(), form.postalAddress(), form.isPreferred());
        FormMessages.confirm(faces, "The address is saved.");
      }
      cancel();
      load();
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public void makeDefault(AddressRow row) {
    // the address as stored now, so that making it the default changes nothing else about it
    act(
        () ->
            book.of(caller.accountId()).stream()
                .filter(stored -> stored.id().equals(row.id()))
                .findFirst()
                .ifPresent(
                    stored ->
                        book.change(caller.accountId(), row.id(), stored.postalAddress(), true)),
        "The " + row.kind() + " address for " + row.name() + " is now your default.");
  }

  public void remove(AddressRow row) {
    act(
        () -> book.remove(caller.accountId(), row.id()),
        "The address for " + row.name() + " is removed.");
    if (editing != null && editing.id().equals(row.id())) {
      cancel();
    }
  }

  private void act(Runnable change, String done) {
    try {
      change.run();
      FormMessages.confirm(faces, done);
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
    load();
  }

  public List<AddressRow> getRows() {
    return rows;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public AddressForm getForm() {
    return form;
  }
}
