package dev.directsupply.delivery.shipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A shipment on its way: the notices sent, the day it left and the day it arrived (null until then). */
public record Journey(List<Notice> notices, LocalDate dispatchedOn, LocalDate arrivedOn) {
    public static final Journey NONE = new Journey(List.of(), null, null);

    public Journey {
        notices = List.copyOf(Objects.requireNonNull(notices, "notices"));
    }

    /** The latest notice sent, if any. */
    public Optional<Notice> notice() {
        return notices.isEmpty() ? Optional.empty() : Optional.of(notices.get(notices.size() - 1));
    }

    Journey noticed(Notice notice) {
        List<Notice> next = new ArrayList<>(notices);
        next.add(notice);
        return new Journey(next, dispatchedOn, arrivedOn);
    }

    Journey dispatched(LocalDate on) {
        return new Journey(notices, on, arrivedOn);
    }

    Journey arrived(LocalDate on) {
        return new Journey(notices, dispatchedOn, on);
    }
}
