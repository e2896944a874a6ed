package org.meridianshop.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The published name of a domain event, such as {@code order.created}: the Kafka topic it goes to
 * and the type consumers ask for. A new shape of the same event raises its version.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {
  String value();

  int version() default 1;
}
