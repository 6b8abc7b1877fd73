package org.aimcgen.sim;

/** A simulation that could not be built or run (tool missing, compile error, no summary). */
public final class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }
}
