package org.meridianshop.platform.events.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventJson;
import org.meridianshop.platform.events.EventTransport;

/**
 * The embedded transport: Liberty's own messaging engine, in this JVM, with persistent messages
 * kept in its file store. Events go to one queue that one listener drains in order.
 */
@ApplicationScoped
@Typed(JmsEventTransport.class)
public class JmsEventTransport implements EventTransport {

  static final String TYPE_PROPERTY = "eventType";

  @Resource(lookup = "jms/shopConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "jms/shopEvents")
  Queue events;

  /**
   * Sends in a transaction of its own, so the message is committed (and, being assured persistent,
   * on disk) when this returns, not at some later boundary of the caller's.
   */
  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void publish(EventEnvelope envelope) throws EventPublishingException {
    try (var context = connections.createContext()) {
      var message = context.createTextMessage(EventJson.toJson(envelope));
      message.setStringProperty(TYPE_PROPERTY, envelope.type());
      message.setJMSCorrelationID(envelope.eventId().toString());
      context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(events, message);
    } catch (JMSRuntimeException | JMSException e) {
      throw new EventPublishingException("The messaging engine refused the event", e);
    }
  }

  @Override
  public boolean isAvailable() {
    try (var context = connections.createContext()) {
      context.createBrowser(events).close();
      return true;
    } catch (JMSRuntimeException | JMSException e) {
      return false;
    }
  }

  @Override
  public String name() {
    return "embedded messaging engine";
  }
}
