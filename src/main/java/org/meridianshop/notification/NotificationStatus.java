package org.meridianshop.notification;

/**
 * Where a notification stands: waiting to be sent (or to be tried again), being sent, sent, or
 * given up on.
 */
public enum NotificationStatus {
  QUEUED,
  SENDING,
  SENT,
  FAILED
}
