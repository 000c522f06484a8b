package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;

/**
 * One line as checked with the customer at arrival (DS-4.2.4): the quantity received, whether the goods are of
 * the agreed specification, what their quality was found to be, and the evidence for anything found wrong.
 */
public record LineCheck(int line, BigDecimal received, boolean specificationAsAgreed, QualityResult quality,
                        String evidence) {
    public LineCheck {
        Require.nonNull(received, "received", quality, "quality", evidence, "evidence");
    }

    /** Whether the goods received on the line may be accepted: of the agreed specification and conforming. */
    public boolean acceptable() {
        return specificationAsAgreed && quality == QualityResult.CONFORMING;
    }
}
