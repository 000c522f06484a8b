package dev.directsupply.risk.credit;

/** The credit scale of DS-3.3.2, best first: AAA > AA > A > BBB > BB > B > CCC > CC > C. */
public enum CreditGrade {
    AAA, AA, A, BBB, BB, B, CCC, CC, C;

    /** Whether this grade is the other one or better. */
    public boolean isAtLeast(CreditGrade other) {
        return ordinal() <= other.ordinal();
    }

    /** Whether this grade is worse than the other one. */
    public boolean isBelow(CreditGrade other) {
        return ordinal() > other.ordinal();
    }
}
