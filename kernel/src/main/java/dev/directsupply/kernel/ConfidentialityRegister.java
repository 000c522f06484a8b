package dev.directsupply.kernel;

import java.time.LocalDate;

/**
 * Where the pipeline learns whether a person has a confidentiality agreement in force on a day
 * (DS-7.2.3): access to customer information requires one. The SDK keeps the agreements itself (its
 * {@code AgreementDesk}); a host whose HR system keeps them may answer instead. The caller's own word
 * is never enough.
 */
@FunctionalInterface
public interface ConfidentialityRegister {
    boolean inForce(ActorId person, LocalDate day);
}
