package io.steward.domain.shared;

/**
 * The read ports a context asks of another (the estate's {@code UnitDirectory}, the emergency context's
 * {@code IncidentDirectory}) are connected by the assembly; a context's store answers them through this check, so that a
 * store built by hand and never connected fails with the same clear message everywhere.
 */
public final class Connections {
    private Connections() {
    }

    /** {@code port}, connected by the assembly; otherwise an error naming the context. */
    public static <T> T connected(T port, String context) {
        if (port == null) {
            throw new IllegalStateException("the " + context + " context is not connected to the contexts it asks:"
                    + " build it through Steward");
        }
        return port;
    }
}
