package dev.directsupply.admission.development;

/** What a stage aims at, or what it reached (DS-3.1.1): prospects contacted, applications, admissions. */
public record Goals(int prospectsContacted, int applications, int admissions) {
    public Goals {
        if (prospectsContacted < 0 || applications < 0 || admissions < 0) {
            throw new IllegalArgumentException("goals are counts, not below zero");
        }
    }
}
