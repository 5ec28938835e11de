package io.steward.ports.shared.out;

/**
 * Publishes domain events (records of the ports' context packages) to whoever follows along: an ERP, an outbox,
 * a physical key cabinet. Called inside the use case's transaction.
 */
public interface EventPublisher {
    void publish(Object event);
}
