package org.aimcgen.model.estimate;

/** The computing error at one supply and temperature of the corner grid (config.PvtCorners). */
public record CornerError(double vdd, double tempC, double rmsPctFs, double maxPctFs, double snrDb) {
}
