package org.meridianshop.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException;

/**
 * Shows a refusal on the page: each field error next to the input of that name (the forms use the
 * service's field names as input ids), everything else at the top of the form.
 */
public final class FormMessages {

  public static final String CHECK_FIELDS = "Please correct the fields marked below.";

  private FormMessages() {}

  public static void show(FacesContext faces, ShopException refusal) {
    var shownAtTop = false;
    for (var error : refusal.fieldErrors()) {
      if (hasField(faces, error.field())) {
        faces.addMessage(error.field(), error(error.message()));
      } else {
        faces.addMessage(null, error(error.message()));
        shownAtTop = true;
      }
    }
    if (refusal.fieldErrors().isEmpty()) {
      faces.addMessage(null, error(refusal.getMessage()));
    } else if (!shownAtTop && refusal instanceof InvalidInputException) {
      faces.addMessage(null, error(CHECK_FIELDS));
    }
    faces.validationFailed();
  }

  public static void error(FacesContext faces, String text) {
    faces.addMessage(null, error(text));
    faces.validationFailed();
  }

  /** A confirmation that survives the redirect to the next page. */
  public static void confirmAfterRedirect(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** A confirmation on the page shown now. */
  public static void confirm(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static boolean hasField(FacesContext faces, String clientId) {
    return faces.getViewRoot() != null
        && faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {});
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }
}
