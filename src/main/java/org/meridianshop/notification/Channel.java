package org.meridianshop.notification;

/** How a notification reaches its recipient. */
public enum Channel {
  EMAIL,
  SMS,
  PUSH
}
