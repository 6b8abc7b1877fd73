package org.aimcgen.ports;

/**
 * One pin of a block at the analog/digital boundary. {@code REAL} pins carry a voltage or
 * time as a real number in the behavioural models ({@code wreal} or SystemVerilog
 * {@code real}); {@code LOGIC} pins are digital buses.
 */
public record Port(String name, Direction direction, Kind kind, int width, boolean vector, String description) {
    public enum Direction { IN, OUT }

    public enum Kind { LOGIC, REAL }

    public Port {
        if (kind == Kind.REAL && width != 1) {
            throw new IllegalArgumentException("real port " + name + " must be scalar");
        }
        if (width < 1) {
            throw new IllegalArgumentException("port " + name + " has width " + width);
        }
    }

    /** A digital input; a bus when width > 1. */
    public static Port in(String name, int width, String description) {
        return new Port(name, Direction.IN, Kind.LOGIC, width, width > 1, description);
    }

    public static Port out(String name, int width, String description) {
        return new Port(name, Direction.OUT, Kind.LOGIC, width, width > 1, description);
    }

    /** A digital bus even when one bit wide (its width follows the configuration). */
    public static Port inBus(String name, int width, String description) {
        return new Port(name, Direction.IN, Kind.LOGIC, width, true, description);
    }

    public static Port outBus(String name, int width, String description) {
        return new Port(name, Direction.OUT, Kind.LOGIC, width, true, description);
    }

    public static Port outReal(String name, String description) {
        return new Port(name, Direction.OUT, Kind.REAL, 1, false, description);
    }

    public static Port inReal(String name, String description) {
        return new Port(name, Direction.IN, Kind.REAL, 1, false, description);
    }

    public boolean isInput() {
        return direction == Direction.IN;
    }

    public boolean isReal() {
        return kind == Kind.REAL;
    }

    /** Verilog range, e.g. "[63:0]", or "" for a single bit. */
    public String range() {
        return vector ? "[" + (width - 1) + ":0]" : "";
    }
}
