package dev.directsupply.sdk;

import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the events in the outbox to their subscribers, at least once and in each aggregate's
 * order: the modules' own (a cancelled order releases its credit, an accepted one is billed and
 * counted as a purchase, a paid-up customer's held orders are re-checked, a customer's new scale
 * moves its credit limit) and any the host adds.
 *
 * <p>Each subscriber gets each event once: the relay notes in the store that it delivered an event to
 * a subscriber ({@value #INBOX}) and skips it when it comes round again — after a crash, or when the
 * store hands a claimed run out twice. A subscriber that fails leaves the event pending for the next
 * round; after {@link #MAX_ATTEMPTS} failures the event is parked for that subscriber (listed by
 * {@link #parked()}, handed over again by {@link #retryParked()}) so that one bad event cannot stop the
 * rest. Any number of hosts may relay at once
 * on a store that shares its outbox safely, as the JDBC adapter does.
 *
 * <p>Call {@link #drain()} after commands when running embedded and single-threaded, or
 * {@link #start(Duration)} once to relay in the background; {@link #close()} stops it.
 */
public final class EventRelay implements AutoCloseable {
    /** Where the relay notes deliveries and parked events. */
    public static final String INBOX = "relay-inbox";
    /** Where the relay counts failed attempts. */
    public static final String FAILURES = "relay-failures";
    /** Failures of one subscriber on one event before it is parked. */
    public static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;
    /** Batches one {@link #drain()} relays at most, so that it returns under constant load. */
    static final int MAX_ROUNDS = 1_000;

    private final DocumentStore store;
    private final Map<String, List<Subscription>> byType = new LinkedHashMap<>();
    private final Clock clock;
    private final Object backgroundLock = new Object();
    private ScheduledExecutorService background;

    EventRelay(DocumentStore store, List<Subscription> subscriptions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (Subscription subscription : subscriptions) {
            byType.computeIfAbsent(subscription.eventType(), type -> new ArrayList<>()).add(subscription);
        }
    }

    /** What one round of relaying did. */
    public record Relayed(int events, List<String> failures) {
        public Relayed {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Relays until nothing is pending (or {@value #MAX_ROUNDS} batches went out) or a subscriber fails;
     * returns how many events went out and each failure (the event stays pending, or is parked after
     * {@link #MAX_ATTEMPTS}). A failing event holds back the events behind it until it is parked, so
     * that each aggregate's events keep their order.
     */
    public synchronized Relayed drain() {
        int total = 0;
        Failures failures = new Failures();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int relayed;
            try {
                relayed = store.relay(BATCH, events -> deliver(events, failures));
            } catch (RuntimeException stopped) {
                if (!failures.stopped) {
                    throw stopped;
                }
                return new Relayed(total, failures.messages);
            }
            total += relayed;
            if (relayed == 0) {
                break;
            }
        }
        return new Relayed(total, failures.messages);
    }

    /** The subscribers' parked events: each names the subscriber, the event and the last error. */
    public List<Map<String, Object>> parked() {
        List<Map<String, Object>> parked = new ArrayList<>();
        for (Document document : store.findBy(INBOX, "parked", "true")) {
            parked.add(Json.read(document.body(), Map.class));
        }
        return parked;
    }

    /** Relays in the background every so often, on one daemon thread, until {@link #close()}. */
    public void start(Duration every) {
        if (every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the relay runs every positive duration, not " + every);
        }
        synchronized (backgroundLock) {
            if (background != null) {
                throw new IllegalStateException("the relay is already running");
            }
            background = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "directsupply-event-relay");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::drainQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error unavailable) {
            // The store or a subscriber failed badly: the events stay pending and the next tick tries again.
        }
    }

    /** Stops the background relay, if it runs; a round in progress is interrupted and its events stay pending. */
    @Override
    public void close() {
        synchronized (backgroundLock) {
            if (background != null) {
                background.shutdownNow();
                background = null;
            }
        }
    }

    /**
     * Hands every parked event to its subscriber again (after the cause was fixed); those it now takes
     * are noted as delivered. Returns how many went through.
     */
    public synchronized int retryParked() {
        int delivered = 0;
        for (Document parked : store.findBy(INBOX, "parked", "true")) {
            Map<?, ?> note = Json.read(parked.body(), Map.class);
            Map<?, ?> stored = (Map<?, ?>) note.get("event");
            OutboxEvent event = new OutboxEvent(UUID.fromString((String) stored.get("eventId")),
                (String) stored.get("type"), (String) stored.get("collection"), (String) stored.get("aggregateId"),
                ((Number) stored.get("aggregateVersion")).longValue(), Instant.parse((String) stored.get("occurredAt")),
                (String) stored.get("payload"));
            Optional<Subscription> subscriber = byType.getOrDefault(event.type(), List.of()).stream()
                .filter(subscription -> subscription.name().equals(note.get("subscriber"))).findFirst();
            if (subscriber.isEmpty()) {
                continue;
            }
            try {
                subscriber.get().handler().handle(event);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Exception | Error stillFailing) {
                continue;
            }
            store.write(WriteBatch.of(DocumentWrite.update(INBOX, parked.id(), parked.version(),
                Json.write(Map.of("subscriber", note.get("subscriber"), "eventId", event.eventId().toString(),
                    "type", event.type(), "at", clock.instant().toString(), "afterParking", true)), Map.of())));
            delivered++;
        }
        return delivered;
    }

    private void deliver(List<PendingEvent> events, Failures failures) throws Exception {
        for (PendingEvent pending : events) {
            OutboxEvent event = pending.event();
            for (Subscription subscription : byType.getOrDefault(event.type(), List.of())) {
                String key = subscription.name() + ":" + event.eventId();
                if (store.read(INBOX, key).isPresent()) {
                    continue;
                }
                try {
                    subscription.handler().handle(event);
                } catch (VirtualMachineError fatal) {
                    throw fatal;
                } catch (Exception | Error error) {
                    String message = subscription.name() + " failed on " + event.type() + " " + event.eventId()
                        + ": " + describe(error);
                    failures.messages.add(message);
                    if (failedAgain(key, subscription, event, message)) {
                        continue;
                    }
                    failures.stopped = true;
                    if (error instanceof Exception exception) {
                        throw exception;
                    }
                    throw new IllegalStateException(message, error);
                }
                note(key, Map.of("subscriber", subscription.name(), "eventId", event.eventId().toString(),
                    "type", event.type(), "at", clock.instant().toString()), Map.of());
            }
        }
    }

    /** Counts a failure; true when it was the last allowed and the event is now parked for the subscriber. */
    private boolean failedAgain(String key, Subscription subscription, OutboxEvent event, String message) {
        Optional<Document> before = store.read(FAILURES, key);
        int attempts = before.map(document -> ((Number) Json.read(document.body(), Map.class).get("attempts"))
            .intValue()).orElse(0) + 1;
        String body = Json.write(Map.of("attempts", attempts, "error", message));
        try {
            store.write(WriteBatch.of(before.isPresent()
                ? DocumentWrite.update(FAILURES, key, before.get().version(), body, Map.of())
                : DocumentWrite.create(FAILURES, key, body, Map.of())));
        } catch (VersionConflict anotherRelayCounted) {
            return false;
        }
        if (attempts < MAX_ATTEMPTS) {
            return false;
        }
        Map<String, Object> stored = Map.of("eventId", event.eventId().toString(), "type", event.type(),
            "collection", event.collection(), "aggregateId", event.aggregateId(), "aggregateVersion",
            event.aggregateVersion(), "occurredAt", event.occurredAt().toString(), "payload", event.payload());
        note(key, Map.of("subscriber", subscription.name(), "eventId", event.eventId().toString(), "type",
            event.type(), "aggregateId", event.aggregateId(), "error", message, "attempts", attempts,
            "at", clock.instant().toString(), "event", stored), Map.of("parked", "true"));
        return true;
    }

    private void note(String key, Map<String, Object> body, Map<String, String> attributes) {
        try {
            store.write(WriteBatch.of(DocumentWrite.create(INBOX, key, Json.write(body), attributes)));
        } catch (VersionConflict alreadyNoted) {
            // Another relay delivered it too: at least once, and noted once. A transient conflict is
            // not caught: the round fails and the event comes round again.
        }
    }

    private static String describe(Throwable error) {
        if (error instanceof dev.directsupply.kernel.DirectSupplyException known) {
            return known.message(Messages.ENGLISH);
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /** What went wrong in one round, for {@link #drain()}. */
    private static final class Failures {
        final List<String> messages = new ArrayList<>();
        boolean stopped;
    }
}
