package dev.directsupply.risk.register;

import java.util.List;

/** The port through which the host reports supply measures (late deliveries). */
@FunctionalInterface
public interface SupplySignals {
    /** The latest measures, one per subject and month. */
    List<SupplySignal> latest();
}
