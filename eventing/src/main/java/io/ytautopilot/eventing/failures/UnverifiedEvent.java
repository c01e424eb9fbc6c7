package io.ytautopilot.eventing.failures;

/**
 * Thrown by a consumer that refuses a record it cannot verify (a forged or tampered approval). A
 * retry would refuse it the same way, so {@link FailedRecords} sends it to the consumer's
 * dead-letter topic at once, counted as {@code yt.events.unverified}: alert on any. The consumer
 * must throw it before it changes anything, so that an unverified record leaves no trace but the
 * dead-letter record and the alert.
 */
public class UnverifiedEvent extends RuntimeException {
  public UnverifiedEvent(String reason) {
    super(reason);
  }
}
