package dev.directsupply.admission.cooperation;

import java.util.List;

/** The rights and the obligations the agreement gives each side, clause by clause. */
public record Clauses(List<String> rights, List<String> obligations) {
    public Clauses {
        rights = List.copyOf(rights);
        obligations = List.copyOf(obligations);
    }
}
