package dev.directsupply.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * The customer's cooperation history (DS-7.1.1): every classification change on each axis and every
 * status change, oldest first, each with who, when and why.
 */
public record CustomerHistory(List<ClassificationChange> classification, List<StatusChange> status) {

    public CustomerHistory {
        classification = List.copyOf(classification);
        status = List.copyOf(status);
    }

    /** The history of a customer just registered: a first line per classification axis. */
    static CustomerHistory begun(List<ClassificationChange> first) {
        return new CustomerHistory(first, List.of());
    }

    CustomerHistory with(ClassificationChange change) {
        return new CustomerHistory(plus(classification, change), status);
    }

    CustomerHistory with(StatusChange change) {
        return new CustomerHistory(classification, plus(status, change));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(item);
        return longer;
    }
}
