package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Each template rendered with made-up data, for administrators to check how messages look. */
@ApplicationScoped
public class NotificationPreviews {

  @Inject NotificationTemplates templates;
  @Inject NotificationSettings settings;

  public RenderedMessage preview(NotificationKind kind) {
    return templates.render(kind, NotificationSamples.of(kind, settings.publicUrl()));
  }
}
