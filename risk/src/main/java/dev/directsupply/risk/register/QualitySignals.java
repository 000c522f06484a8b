package dev.directsupply.risk.register;

import java.util.List;

/** The port through which the host reports quality measures (complaints, returns). */
@FunctionalInterface
public interface QualitySignals {
    /** The latest measures, one per subject and month. */
    List<QualitySignal> latest();
}
