package org.meridianshop.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages about a whole form, for the top of the page: refusals and confirmations apart.
 * (Expression Language would pass "" rather than null to {@code getMessageList}, so pages cannot
 * ask Faces for them directly.) Reading them marks them shown, as {@code h:messages} would.
 */
@Named
@RequestScoped
public class PageMessages {

  @Inject FacesContext faces;

  public List<String> getErrors() {
    return texts(true);
  }

  public List<String> getConfirmations() {
    return texts(false);
  }

  private List<String> texts(boolean errors) {
    return faces.getMessageList(null).stream()
        .filter(m -> errors == (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0))
        .peek(FacesMessage::rendered)
        .map(FacesMessage::getSummary)
        .toList();
  }
}
