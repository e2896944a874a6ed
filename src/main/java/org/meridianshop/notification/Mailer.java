package org.meridianshop.notification;

/**
 * Where the shop's email goes: an SMTP server (Jakarta Mail through Liberty's mail session) when
 * {@code SMTP_HOST} is set, else the local mailbox the admin console shows. Sending either hands
 * the message over or throws {@link DeliveryFailedException} saying whether trying again may help.
 */
public interface Mailer {

  void send(Email email);

  /** Where mail goes, for the log and the console. */
  String description();
}
