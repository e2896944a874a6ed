package org.meridianshop.platform.events;

/**
 * Something that happened in the shop that other capabilities may react to. Implementations are
 * immutable records annotated with {@link EventName}; their components are the JSON payload.
 */
public interface DomainEvent {

  /**
   * The id of the thing the event is about (an order, a user, a product); events of one aggregate
   * are delivered in the order they were recorded.
   */
  String aggregateId();

  static EventName nameOf(Class<? extends DomainEvent> type) {
    var name = type.getAnnotation(EventName.class);
    if (name == null) {
      throw new IllegalStateException(type.getName() + " lacks @EventName");
    }
    return name;
  }
}
