/**
 * S3's event notifications, pure (JDK and Pail's public types): which configurations a change
 * matches ({@link dev.pail.internal.events.Subscription}), the messages S3 sends
 * ({@link dev.pail.internal.events.EventMessages}) and the log tests read ({@link dev.pail.internal.events.EventLog}).
 */
package dev.pail.internal.events;
