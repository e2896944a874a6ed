package org.meridianshop.platform.events.jms;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridianshop.platform.events.EventDispatcher;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventJson;

/**
 * Drains the embedded event queue (one instance, so events arrive in the order they were sent) and
 * hands each event to the dispatcher. Handlers run in transactions of their own; the message is
 * acknowledged once the dispatcher has handled or recorded every consumer's outcome, and
 * redelivered if even that failed.
 */
@MessageDriven(name = "ShopEventListener")
public class ShopEventListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(ShopEventListener.class.getName());

  @Inject EventDispatcher dispatcher;

  @Override
  public void onMessage(Message message) {
    EventEnvelope envelope;
    try {
      envelope = EventJson.fromJson(((TextMessage) message).getText());
    } catch (JMSException | RuntimeException e) {
      // redelivering a message nobody can read would block the queue for good
      LOG.log(Level.SEVERE, "Dropping unreadable event message", e);
      return;
    }
    dispatcher.dispatch(envelope);
  }
}
