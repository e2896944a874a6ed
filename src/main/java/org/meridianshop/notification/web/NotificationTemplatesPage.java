package org.meridianshop.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationPreviews;
import org.meridianshop.notification.RenderedMessage;

/** The console's template previews: every kind of notification, one shown with sample data. */
@Named
@RequestScoped
public class NotificationTemplatesPage {

  @Inject NotificationPreviews previews;
  @Inject FacesContext faces;

  private NotificationKind shown;

  @PostConstruct
  void init() {
    var asked = faces.getExternalContext().getRequestParameterMap().get("kind");
    shown =
        Arrays.stream(NotificationKind.values())
            .filter(kind -> kind.template().equals(asked))
            .findFirst()
            .orElse(null);
  }

  public List<NotificationKind> getKinds() {
    return List.of(NotificationKind.values());
  }

  public NotificationKind getShown() {
    return shown;
  }

  public RenderedMessage getPreview() {
    return shown == null ? null : previews.preview(shown);
  }
}
