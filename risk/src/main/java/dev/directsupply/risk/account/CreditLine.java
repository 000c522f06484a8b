package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.time.LocalDate;

/**
 * What the customer may have on credit and on what terms (DS-6.2.1): the limit the table gives its
 * grade and scale, an authorised override of it, the payment terms and measures, who has put it on
 * credit stop, and the guarantees that secure it (DS-3.3.2).
 *
 * @param override an approved override of the derived limit, or null
 * @param proposed an override proposed and waiting for its second person's approval, or null
 * @param stops    who has put the customer on credit stop; empty when none has
 */
public record CreditLine(Money derivedLimit, LimitOverride override, LimitOverride proposed, CreditTerms terms,
                         Set<StopSource> stops, List<Guarantee> guarantees) {

    public CreditLine {
        Objects.requireNonNull(derivedLimit, "derivedLimit");
        Objects.requireNonNull(terms, "terms");
        stops = stops.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stops));
        guarantees = List.copyOf(guarantees);
    }

    /** The limit in force on the day: an active override, else the table's. */
    public Money limit(LocalDate day) {
        return override != null && override.isActiveOn(day) ? override.amount() : derivedLimit;
    }

    /** What the guarantees valid on the day cover together. */
    public Money guaranteeCover(LocalDate day) {
        Money cover = Money.zero(derivedLimit.currency());
        for (Guarantee guarantee : guarantees) {
            if (guarantee.isValidOn(day)) {
                cover = cover.plus(guarantee.amount());
            }
        }
        return cover;
    }

    public boolean hasValidGuarantee(LocalDate day) {
        return guarantees.stream().anyMatch(guarantee -> guarantee.isValidOn(day));
    }

    public boolean isStopped() {
        return !stops.isEmpty();
    }

    CreditLine withDerivedLimit(Money limit) {
        return new CreditLine(limit, override, proposed, terms, stops, guarantees);
    }

    CreditLine withProposal(LimitOverride next) {
        return new CreditLine(derivedLimit, override, next, terms, stops, guarantees);
    }

    CreditLine withOverride(LimitOverride next) {
        return new CreditLine(derivedLimit, next, null, terms, stops, guarantees);
    }

    CreditLine withTerms(CreditTerms next) {
        return new CreditLine(derivedLimit, override, proposed, next, stops, guarantees);
    }

    CreditLine withStop(StopSource source, boolean stopped) {
        EnumSet<StopSource> next = stops.isEmpty() ? EnumSet.noneOf(StopSource.class) : EnumSet.copyOf(stops);
        if (stopped) {
            next.add(source);
        } else {
            next.remove(source);
        }
        return new CreditLine(derivedLimit, override, proposed, terms, next, guarantees);
    }

    CreditLine withGuarantee(Guarantee guarantee) {
        List<Guarantee> more = new ArrayList<>(guarantees.size() + 1);
        more.addAll(guarantees);
        more.add(guarantee);
        return new CreditLine(derivedLimit, override, proposed, terms, stops, more);
    }
}
