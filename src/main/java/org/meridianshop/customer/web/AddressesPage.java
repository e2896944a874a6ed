package org.meridianshop.customer.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.meridianshop.customer.AddressBook;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.FormMessages;

/**
 * The address book page: the list, each entry with its own small form (edit, make default, remove)
 * naming the address it was shown with, and one form that adds an address or changes the one being
 * edited. The address book itself refuses ids that are not the customer's.
 */
@Named
@RequestScoped
public class AddressesPage {

  /** The request parameter that names the address a list button acts on. */
  static final String ADDRESS = "address";

  @Inject AddressBook book;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private List<AddressRow> rows;
  private String editingId;
  private AddressForm form = new AddressForm();

  @PostConstruct
  void load() {
    rows = book.of(caller.accountId()).stream().map(AddressRow::of).toList();
  }

  public void edit() {
    chosen()
        .ifPresentOrElse(
            row -> {
              editingId = row.id();
              form = AddressForm.of(row);
            },
            this::gone);
  }

  public void cancel() {
    editingId = null;
    form = new AddressForm();
  }

  public void save() {
    try {
      if (isEditing()) {
        book.change(caller.accountId(), editingId, form.postalAddress(), form.isPreferred());
        FormMessages.confirm(faces, "The address is saved.");
      } else {
        book.add(
            caller.accountId(), form.kindOrShipping(), form.postalAddress(), form.isPreferred());
        FormMessages.confirm(faces, "The address is added.");
      }
      cancel();
      load();
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
    }
  }

  public void makeDefault() {
    chosen()
        .ifPresentOrElse(
            row ->
                act(
                    () -> book.change(caller.accountId(), row.id(), row.postal(), true),
                    "The "
                        + row.kind()
                        + " address for "
                        + row.postal().name()
                        + " is now your default."),
            this::gone);
  }

  public void remove() {
    chosen()
        .ifPresentOrElse(
            row ->
                act(
                    () -> book.remove(caller.accountId(), row.id()),
                    "The address for " + row.postal().name() + " is removed."),
            this::gone);
  }

  /** The listed address a button was pressed for, as stored now. */
  private Optional<AddressRow> chosen() {
    var id = faces.getExternalContext().getRequestParameterMap().get(ADDRESS);
    return rows.stream().filter(row -> row.id().equals(id)).findFirst();
  }

  private void gone() {
    FormMessages.show(faces, new NotFoundException("That address is no longer in your book."));
    load();
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
    return editingId != null && !editingId.isBlank();
  }

  /** The address being changed, carried by the form between its requests. */
  public String getEditingId() {
    return editingId;
  }

  public void setEditingId(String editingId) {
    this.editingId = editingId;
  }

  public AddressForm getForm() {
    return form;
  }
}
