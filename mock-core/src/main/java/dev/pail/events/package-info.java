/**
 * The event notifications a bucket's notification configuration makes S3 send, as Pail records
 * them: {@link dev.pail.events.S3Event}, read with {@code Pail.events()}, awaited with
 * {@code Pail.awaitEvent(..)} and delivered to listeners registered with {@code Pail.onEvent(..)}.
 */
package dev.pail.events;
