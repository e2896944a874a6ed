package org.meridianshop.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.meridianshop.notification.Channel;
import org.meridianshop.notification.NotificationPreferences;
import org.meridianshop.notification.NotificationPreferences.Choice;
import org.meridianshop.notification.UnsubscribeLinks;
import org.meridianshop.notification.UnsubscribeLinks.Unsubscription;

/**
 * The page an email's unsubscribe link opens, with no sign-in. Opening it changes nothing (mail
 * scanners fetch links); the recipient confirms with one button.
 */
@Named
@RequestScoped
public class UnsubscribePage {

  @Inject UnsubscribeLinks links;
  @Inject NotificationPreferences preferences;
  @Inject FacesContext faces;

  private String token;
  private boolean done;

  public void unsubscribe() {
    var unsubscription = links.read(token);
    if (unsubscription.isEmpty()) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "This link is not valid.", null));
      return;
    }
    var wanted = unsubscription.get();
    preferences.choose(
        wanted.accountId(), List.of(new Choice(wanted.kind(), Map.of(Channel.EMAIL, false))));
    done = true;
  }

  /** What the link would stop, or null for a link that is not ours. */
  public Unsubscription getUnsubscription() {
    return links.read(token).orElse(null);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return done;
  }
}
