package dev.directsupply.sdk;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.module.EventHandler;
import dev.directsupply.kernel.module.Subscription;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.EventSeals;
import dev.directsupply.kernel.store.EventVerification;
import dev.directsupply.kernel.store.JoinedWrites;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.Lookup;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.RunHandler;
import dev.directsupply.persistence.RunNotes;
import dev.directsupply.persistence.StoreConflict;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.sdk.internal.relay.HandlerCalls;
import dev.directsupply.sdk.internal.relay.HeldDelivery;
import dev.directsupply.sdk.internal.relay.Ledger;
import dev.directsupply.sdk.internal.relay.SealedNotes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Delivers the events in the outbox to their subscribers, at least once and in each aggregate's
 * order: the modules' own (a cancelled order releases its credit, an accepted one is billed and
 * counted as a purchase, a paid-up customer's held orders are re-checked, a customer's new scale
 * moves its credit limit) and any the host adds.
 *
 * <p><b>Each subscriber on its own.</b> The relay takes claimed runs of pending events from the store
 * and hands each to every subscriber of its type; the run is marked dispatched once every subscriber
 * took its events or had them held for it, so one failing subscriber never holds back the outbox nor
 * anyone else. A subscriber that fails on an event (whatever it throws, {@code StackOverflowError} and
 * {@code OutOfMemoryError} included, or when it does not answer within
 * {@link RelayParameters#handlerTimeoutSeconds()}) has the event held for it in {@value #FAILURES}, and
 * rests: it is not called again until a back-off from the injected clock has passed, doubling with
 * each failure in a row up to {@link RelayParameters#longestBackoffSeconds()}. While it rests, its new
 * events are held for it too. Held events go to it again, oldest first, once it no longer rests; a held
 * event holds back that subscriber's later events of the same aggregate only, so each aggregate's
 * events reach each subscriber in order. After {@link #MAX_ATTEMPTS} failures the event is parked for
 * the subscriber ({@link #parked(Actor)}, {@link #retryParked()}) and no longer holds anything back.
 *
 * <p><b>Each event once.</b> Each subscriber has a ledger in {@value #INBOX} noting the events it took
 * that may still come round — after a crash before the run was marked, or when the store hands a
 * claimed run out twice — and the relay skips those. Only a pending event can come round again, so a
 * receipt is dropped once its event's sequence is below the lowest pending one: the ledger stays one
 * small document per subscriber, however many events pass. SDK instances that share a store and
 * each have a name ({@link DirectSupply.Builder#instance}) keep a ledger per subscriber each and read
 * everyone's: an event any of them noted is skipped, a subscriber resting on any of them rests, and
 * no two instances write the same ledger (ADR 0030). A held delivery, once through, keeps its
 * figures (not the event) for {@link RelayParameters#retentionDays()}, after which {@link #prune()}
 * empties it. Any number of relays may run at once on a store that shares its outbox safely, as the
 * JDBC adapter does: they meet on versioned writes of the ledgers and held deliveries.
 *
 * <p><b>Sealed notes.</b> Every ledger and held delivery carries a seal made with the audit seal (the
 * host's key when it has one) over its collection, id, look-ups and content (DS-7.2.1, ADR 0028). A
 * note whose seal does not match — edited, forged, or written before notes were sealed — is not
 * trusted: a ledger's receipts count as absent, a held delivery waits again if its copy of the event
 * still matches the event's seal or is set aside, a sealed note replaces it, and the host hears
 * through {@link RelayListener#tampered}.
 *
 * <p><b>Who sees what.</b> {@link #health()} gives figures per subscriber; a {@link RelayListener}
 * registered by the host hears each failure and each parked event. Parked events and the texts of
 * failures may quote customer information, so {@link #parked(Actor)} and {@link #drain(Actor)} need
 * {@link #INSPECT}; {@link #drain()} names the subscriber, event and attempt of each failure, not its error.
 *
 * <p>Call {@link #drain()} after commands when running embedded and single-threaded, or
 * {@link #start(Duration)} once to relay in the background; {@link #close()} stops it.
 */
public final class EventRelay implements AutoCloseable {
    /** Where the relay keeps one ledger per subscriber: the events it took lately, its figures and its rest. */
    public static final String INBOX = "relay-inbox";
    /** Where the relay holds the deliveries that failed, or wait behind one, per subscriber and event. */
    public static final String FAILURES = "relay-failures";
    /** Failures of one subscriber on one event before it is parked. */
    public static final int MAX_ATTEMPTS = 5;
    /** Reading parked events and the errors of failed deliveries, which may quote customer information. */
    public static final Permission INSPECT = Permission.onCustomerInformation("sdk.relay-inspect");
    /** Pending outbox events {@link #health()} looks at, at most. */
    public static final int HEALTH_SCAN = 10_000;
    private static final int BATCH = 100;
    /** Batches one {@link #drain()} relays at most, so that it returns under constant load. */
    static final int MAX_ROUNDS = 1_000;
    /** Held deliveries one {@link #drain()} hands to one subscriber at most. */
    static final int MAX_RETRIES = 1_000;
    /** Tries at writing a ledger that other relays keep changing, before the note is given up. */
    private static final int LEDGER_TRIES = 25;
    /** The look-up every ledger carries, so that a run reads them all at once. */
    private static final String LEDGER = "ledger";
    private static final Map<String, String> LEDGER_ATTRIBUTES = Map.of(LEDGER, "true");
    /** How often {@link #drain()} prunes by itself. */
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final DocumentStore store;
    private final Map<String, List<Subscription>> byType = new LinkedHashMap<>();
    private final Map<String, Map<String, Subscription>> byName = new LinkedHashMap<>();
    private final Clock clock;
    private final Pipeline pipeline;
    private final RelayParameters parameters;
    private final RelayListener listener;
    /** The name of this SDK instance among those sharing the store, or empty: its ledgers' ids end with it. */
    private final String instance;
    /** Checks each event against the seal its change's audit entry holds before a subscriber gets it (DS-7.2.1). */
    private final EventSeals seals;
    /** Seals the ledgers and held deliveries the relay writes, and checks them when it reads them (DS-7.2.1). */
    private final SealedNotes notes;
    private final HandlerCalls calls = new HandlerCalls();
    private final Object backgroundLock = new Object();
    private ScheduledExecutorService background;
    /** Guarded by this. */
    private Instant lastPruned;

    /** A relay on the store, with the pipeline's clock. */
    EventRelay(DocumentStore store, List<Subscription> subscriptions, Pipeline pipeline, RelayParameters parameters,
               RelayListener listener, AuditSeal seal, String instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.store = Objects.requireNonNull(store, "store");
        this.seals = new EventSeals(store, Objects.requireNonNull(seal, "seal"), JsonEventCodec.INSTANCE);
        this.notes = new SealedNotes(seal);
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.clock = pipeline.clock();
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.listener = Objects.requireNonNull(listener, "listener");
        for (Subscription subscription : subscriptions) {
            byType.computeIfAbsent(subscription.eventType(), type -> new ArrayList<>()).add(subscription);
            byName.computeIfAbsent(subscription.name(), name -> new LinkedHashMap<>())
                .putIfAbsent(subscription.eventType(), subscription);
        }
    }

    /**
     * What one drain did.
     *
     * @param events   outbox events relayed: taken by their subscribers, or held for those that failed
     * @param retried  held deliveries that went through this time
     * @param failures each failed delivery, naming the subscriber, the event and the attempt; with the
     *                 error only for a caller holding {@link #INSPECT}
     */
    public record Relayed(int events, int retried, List<String> failures) {
        public Relayed {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Relays until nothing is pending (or {@value #MAX_ROUNDS} batches went out), then hands the held
     * deliveries whose time has come to their subscribers. A failure neither stops the drain nor holds
     * back other subscribers. The failures name no error, which may quote customer information; see
     * {@link #drain(Actor)}.
     */
    public Relayed drain() {
        return drainFor(false);
    }

    /**
     * As {@link #drain()}, each failure with the error the subscriber threw, for an actor holding
     * {@link #INSPECT}; anyone else is refused before anything is relayed.
     */
    public Relayed drain(Actor inspector) {
        pipeline.authorize(inspector, INSPECT);
        return drainFor(true);
    }

    private synchronized Relayed drainFor(boolean withErrors) {
        Round round = new Round();
        round.events = store.relayWithNotes(BATCH, MAX_ROUNDS, new RunHandler() {
            @Override
            public RunNotes handle(List<PendingEvent> events) {
                return fanOut(events, round);
            }

            /** The store read the lowest pending sequence as it claimed the run: no need to ask again. */
            @Override
            public RunNotes handle(List<PendingEvent> events, long lowestPending) {
                round.knowLowestPending(lowestPending);
                return fanOut(events, round);
            }

            /** An event no subscriber of this instance takes is marked with nothing else to do (ADR 0035). */
            @Override
            public boolean takes(String type) {
                return byType.containsKey(type);
            }
        });
        retryHeld(round);
        Instant now = clock.instant();
        if (lastPruned == null || !now.isBefore(lastPruned.plus(PRUNE_EVERY))) {
            prune();
        }
        return new Relayed(round.events, round.retried, round.failures.stream()
            .map(failure -> failure.describe(withErrors)).toList());
    }

    /**
     * Hands one claimed run to the subscribers, or holds it for those that fail or rest. Each event is
     * checked against its seal once; what holds the run back is read once for it (every open held
     * delivery and every ledger, in one {@link DocumentStore#findEach}); each subscriber then gets its
     * events of the run in one hand-off, in order ({@link HandlerCalls#inOrder}), the modules' reactions
     * holding their writes
     * for one joint write (ADR 0032); and what the subscribers took — every changed ledger — goes with
     * that write as the run's notes, which the store writes with the run's mark where it can (ADR 0034).
     */
    private RunNotes fanOut(List<PendingEvent> events, Round round) {
        Map<String, List<Delivery>> bySubscriber = new LinkedHashMap<>();
        for (PendingEvent pending : events) {
            List<Subscription> subscribers = byType.getOrDefault(pending.event().type(), List.of());
            if (subscribers.isEmpty()) {
                continue;
            }
            EventVerification sealed = seals.verify(pending.event());
            for (Subscription subscription : subscribers) {
                bySubscriber.computeIfAbsent(subscription.name(), name -> new ArrayList<>())
                    .add(new Delivery(pending, subscription, sealed));
            }
        }
        if (bySubscriber.isEmpty()) {
            return null;
        }
        List<List<Document>> found = store.findEach(List.of(new Lookup(FAILURES, HeldDelivery.OPEN, "true"),
            new Lookup(INBOX, LEDGER, "true")));
        List<Document> open = found.get(0);
        round.openHolds = open;
        Map<String, List<Document>> ledgers = ledgers(found.get(1));
        List<View> views = new ArrayList<>(bySubscriber.size());
        Run run = new Run(JoinedWrites.open(store));
        bySubscriber.forEach((subscriber, deliveries) -> {
            View view = view(subscriber, open, ledgers);
            views.add(view);
            deliver(view, deliveries, round, run);
        });
        return notes(views, round.lowestPending(events.get(0).sequence()), run, round);
    }

    /**
     * One subscriber's events of a run: those it took already are skipped; those whose seal is broken,
     * or that wait behind a held event of their aggregate or for the subscriber's rest, are held; the
     * others go to it in one hand-off, in order, until one fails — that one is held with its failure and
     * the subscriber rests, so those after it are held too.
     */
    private void deliver(View view, List<Delivery> deliveries, Round round, Run run) {
        List<Delivery> due = new ArrayList<>(deliveries.size());
        for (Delivery delivery : deliveries) {
            OutboxEvent event = delivery.pending().event();
            if (view.received(event.eventId()) || view.held.contains(event.eventId())) {
                continue;
            }
            String aggregate = event.collection() + "/" + event.aggregateId();
            if (delivery.sealed().status() == EventVerification.Status.BROKEN) {
                parkBroken(HeldDelivery.of(view.subscriber, delivery.pending(), clock.instant()), delivery.sealed(),
                    round);
                view.held(event.eventId(), aggregate);
                continue;
            }
            Instant now = clock.instant();
            if (view.resting(now) || view.heldAggregates.contains(aggregate)) {
                hold(HeldDelivery.of(view.subscriber, delivery.pending(), now));
                view.held(event.eventId(), aggregate);
                continue;
            }
            due.add(delivery);
        }
        handOff(view, due, round, run);
    }

    /**
     * Hands the subscriber its due events of a run in one hand-off, in order, until one fails: that one
     * is held with its failure and the subscriber rests, so those after it are held too. A module's
     * reactions write with the run's other reactions ({@link Run}); when such a joint write is lost,
     * the reactions it concerned are handed out again on their own, and the rest of the run too.
     */
    private void handOff(View view, List<Delivery> due, Round round, Run run) {
        List<Joined> tags = new ArrayList<>(due.size());
        HandlerCalls.Outcome outcome = calls.inOrder(due.stream().map(delivery -> {
            EventHandler handler = delivery.subscription().handler();
            if (delivery.subscription().module() && run.joins()) {
                Joined tag = new Joined(view, delivery);
                tags.add(tag);
                handler = run.joining(tag, handler);
            }
            return new HandlerCalls.Call(handler, delivery.pending().event());
        }).toList(), parameters.handlerTimeout());
        run.writes.close(tags);
        Instant after = clock.instant();
        for (int i = 0; i < outcome.taken(); i++) {
            PendingEvent taken = due.get(i).pending();
            view.took(taken.sequence(), taken.event().eventId(), after);
        }
        if (outcome.failure() instanceof JoinedWrites.Lost lost) {
            // Not the subscriber's doing: what it and others wrote with the run went unstored.
            run.stopJoining();
            List<Delivery> rest = due.subList(outcome.taken(), due.size());
            handOutAgain(lost.concerned(), rest, round);
            handOff(view, rest, round, run);
            return;
        }
        if (outcome.failure() == null) {
            return;
        }
        PendingEvent failedOn = due.get(outcome.taken()).pending();
        HeldDelivery held = hold(HeldDelivery.of(view.subscriber, failedOn, after)
            .waiting(1, describe(outcome.failure()), after.plus(parameters.backoff(1)), after));
        view.held(failedOn.event().eventId(), held.aggregate());
        failed(view, held, outcome.failure(), round);
        for (Delivery resting : due.subList(outcome.taken() + 1, due.size())) {
            OutboxEvent event = resting.pending().event();
            hold(HeldDelivery.of(view.subscriber, resting.pending(), after));
            view.held(event.eventId(), event.collection() + "/" + event.aggregateId());
        }
    }

    /**
     * A run's notes: every changed ledger, with the modules' reactions held for the run, as one batch to
     * store with the run's mark. Should another writer beat it, the reactions it concerned go again on
     * their own and the ledgers are written after, each read again if another relay changed it.
     */
    private RunNotes notes(List<View> views, long lowest, Run run, Round round) {
        boolean joint = run.joins() && !run.writes.isEmpty();
        run.stopJoining();
        if (!joint && views.stream().noneMatch(View::hasReceipts)) {
            return null;
        }
        return new Notes(views, lowest, run.writes, round);
    }

    /** A run's ledgers and the reactions its joint write holds, as the notes of the run. */
    private final class Notes implements RunNotes {
        private final List<View> views;
        private final long lowest;
        private final Round round;
        private final List<View> changed;
        private final List<Ledger> noted = new ArrayList<>();
        private final List<Object> concerned;
        private final JoinedWrites.Prepared prepared;

        Notes(List<View> views, long lowest, JoinedWrites writes, Round round) {
            this.views = views;
            this.lowest = lowest;
            this.round = round;
            this.changed = views.stream().filter(View::hasReceipts).toList();
            this.concerned = writes.touched();
            List<DocumentWrite> ledgers = new ArrayList<>(changed.size());
            for (View view : changed) {
                Ledger ledger = view.current(lowest);
                noted.add(ledger);
                ledgers.add(view.ledgerWrite(ledger));
            }
            this.prepared = writes.prepare(ledgers);
        }

        @Override
        public WriteBatch batch() {
            return prepared.batch();
        }

        @Override
        public void stored() {
            prepared.stored();
            for (int i = 0; i < changed.size(); i++) {
                changed.get(i).written(noted.get(i));
            }
        }

        @Override
        public void notStored(StoreConflict lostRace) {
            // The reactions go again on their own, then the ledgers, read again if another relay wrote one.
            handOutAgain(concerned, List.of(), round);
            noteReceipts(views, lowest);
        }
    }

    /**
     * The reactions a lost joint write concerned, handed out again one by one, each writing on its own,
     * in the order they first ran (but those still to be handed off, {@code rest}). One that fails now
     * is held with its failure, and the subscriber's later ones with it.
     */
    private void handOutAgain(List<Object> concerned, List<Delivery> rest, Round round) {
        Set<View> failed = new HashSet<>();
        for (Object tag : concerned) {
            if (!(tag instanceof Joined joined) || rest.contains(joined.delivery())) {
                continue;
            }
            View view = joined.view();
            PendingEvent pending = joined.delivery().pending();
            Instant now = clock.instant();
            if (failed.contains(view)) {
                view.untook(pending.event().eventId());
                hold(HeldDelivery.of(view.subscriber, pending, now));
                view.held(pending.event().eventId(), pending.event().collection() + "/" + pending.event().aggregateId());
                continue;
            }
            Throwable error = calls.call(joined.delivery().subscription().handler(), pending.event(),
                parameters.handlerTimeout());
            if (error == null) {
                continue;
            }
            failed.add(view);
            view.untook(pending.event().eventId());
            Instant after = clock.instant();
            HeldDelivery held = hold(HeldDelivery.of(view.subscriber, pending, after)
                .waiting(1, describe(error), after.plus(parameters.backoff(1)), after));
            view.held(pending.event().eventId(), held.aggregate());
            failed(view, held, error, round);
        }
    }

    /** Writes what the subscribers took, on its own: after a retry, or when a run's notes were not stored. */
    private void noteReceipts(Collection<View> views, long lowest) {
        List<View> changed = views.stream().filter(View::hasReceipts).toList();
        if (changed.isEmpty()) {
            return;
        }
        WriteBatch.Builder batch = WriteBatch.builder();
        List<Ledger> noted = new ArrayList<>(changed.size());
        for (View view : changed) {
            Ledger ledger = view.current(lowest);
            noted.add(ledger);
            batch.write(view.ledgerWrite(ledger));
        }
        try {
            store.write(batch.build());
            for (int i = 0; i < changed.size(); i++) {
                changed.get(i).written(noted.get(i));
            }
        } catch (StoreConflict anotherRelayWroteOne) {
            changed.forEach(view -> updateLedger(view, UnaryOperator.identity(), lowest));
        }
    }

    /**
     * Hands each subscriber its held deliveries whose time has come, oldest first, per aggregate in order.
     * The open ones are those the drain's last run read, when a run read them, else read now: one
     * another relay held since then waits for the next drain, and one changed since (by this drain's
     * run or another relay) is refused by the version-checked claim that comes before every retry, so
     * a stale copy never goes to a subscriber.
     */
    private void retryHeld(Round round) {
        Map<String, List<Document>> open = new LinkedHashMap<>();
        List<Document> holds = round.openHolds != null ? round.openHolds
            : store.findBy(FAILURES, HeldDelivery.OPEN, "true");
        for (Document document : holds) {
            String subscriber = HeldDelivery.subscriberOf(document.id());
            if (byName.containsKey(subscriber) && subscriber.equals(document.attributes().get(HeldDelivery.WAITING))) {
                open.computeIfAbsent(subscriber, name -> new ArrayList<>()).add(document);
            }
        }
        Map<String, List<Document>> ledgers = open.isEmpty() ? Map.of() : ledgers();
        for (Map.Entry<String, List<Document>> subscriberWaiting : open.entrySet()) {
            String subscriber = subscriberWaiting.getKey();
            List<Document> waiting = subscriberWaiting.getValue();
            View view = view(subscriber, List.of(), ledgers);
            if (view.resting(clock.instant())) {
                continue;
            }
            // Every body is checked, not only those due: a forged due date or sequence must not hide one.
            List<Held> queue = new ArrayList<>();
            for (Document document : waiting) {
                held(document).filter(held -> held.delivery().state() == HeldDelivery.State.WAITING)
                    .ifPresent(queue::add);
            }
            queue.sort(Comparator.comparingLong(held -> held.delivery().sequence()));
            Set<String> blocked = new HashSet<>();
            int tried = 0;
            for (Held held : queue) {
                String aggregate = held.delivery().aggregate();
                if (blocked.contains(aggregate) || held.delivery().nextAttempt().isAfter(clock.instant())) {
                    blocked.add(aggregate);
                    continue;
                }
                if (tried >= MAX_RETRIES || !retry(held, view, blocked, round)) {
                    break;
                }
                tried++;
            }
        }
    }

    /** Tries one held delivery that is due; false when the subscriber failed and now rests. */
    private boolean retry(Held stored, View view, Set<String> blocked, Round round) {
        HeldDelivery held = stored.delivery();
        String aggregate = held.aggregate();
        Instant now = clock.instant();
        Subscription subscription = byName.get(held.subscriber()).get(held.event().type());
        if (subscription == null) {
            blocked.add(aggregate);
            return true;
        }
        // The claim: another relay sees the next attempt after this call ends, and leaves it alone.
        HeldDelivery claimed = held.waiting(held.attempts(), held.error(),
            now.plus(parameters.handlerTimeout()).plus(parameters.backoff(held.attempts() + 1)), now);
        try {
            write(stored.id(), stored.version(), claimed);
        } catch (StoreConflict anotherRelayHasIt) {
            blocked.add(aggregate);
            return true;
        }
        long claimedVersion = stored.version() + 1;
        EventVerification sealed = seals.verify(held.event());
        if (sealed.status() == EventVerification.Status.BROKEN) {
            writeQuietly(stored.id(), claimedVersion, parkBroken(claimed, sealed, round));
            blocked.add(aggregate);
            return true;
        }
        Throwable error = calls.call(subscription.handler(), held.event(), parameters.handlerTimeout());
        Instant after = clock.instant();
        if (error == null) {
            writeQuietly(stored.id(), claimedVersion, claimed.resolved(after));
            view.took(held.sequence(), held.event().eventId(), after);
            noteReceipts(List.of(view), round.lowestPending(held.sequence()));
            round.retried++;
            return true;
        }
        int attempts = held.attempts() + 1;
        HeldDelivery next = attempts >= MAX_ATTEMPTS ? claimed.parked(attempts, describe(error), after)
            : claimed.waiting(attempts, describe(error), after.plus(parameters.backoff(attempts)), after);
        writeQuietly(stored.id(), claimedVersion, next);
        blocked.add(aggregate);
        failed(view, next, error, round);
        return false;
    }

    /** The parked events, each with its subscriber, payload and last error, for an actor holding {@link #INSPECT}. */
    public List<ParkedEvent> parked(Actor inspector) {
        pipeline.authorize(inspector, INSPECT);
        List<ParkedEvent> parked = new ArrayList<>();
        for (Held stored : parkedDeliveries()) {
            HeldDelivery held = stored.delivery();
            parked.add(new ParkedEvent(held.subscriber(), held.event(), held.attempts(), held.error(), held.at()));
        }
        return parked;
    }

    /**
     * How each subscriber stands: its pending and parked events, its last success and failure, and its
     * rest. Figures only, open to anyone the host lets call it.
     */
    public List<SubscriberHealth> health() {
        Map<String, List<Document>> stored = ledgers();
        Map<String, Ledger> ledgers = new LinkedHashMap<>();
        byName.keySet().forEach(name -> ledgers.put(name, view(name, List.of(), stored).merged()));
        Map<String, Integer> pending = new HashMap<>();
        for (PendingEvent event : store.pendingEvents(HEALTH_SCAN)) {
            for (Subscription subscription : byType.getOrDefault(event.event().type(), List.of())) {
                if (!ledgers.get(subscription.name()).received(event.event().eventId())) {
                    pending.merge(subscription.name(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> parked = new HashMap<>();
        for (Held held : parkedDeliveries()) {
            parked.merge(held.delivery().subscriber(), 1, Integer::sum);
        }
        List<SubscriberHealth> health = new ArrayList<>();
        ledgers.forEach((name, ledger) -> health.add(new SubscriberHealth(name,
            pending.getOrDefault(name, 0) + store.findBy(FAILURES, HeldDelivery.WAITING, name).size(),
            parked.getOrDefault(name, 0), Optional.ofNullable(ledger.lastSuccess()),
            Optional.ofNullable(ledger.lastFailure()), ledger.failuresInARow(),
            Optional.ofNullable(ledger.restingUntil()).filter(until -> until.isAfter(clock.instant())))));
        return health;
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

    /**
     * One background round. Nothing may escape it: a scheduled task that throws is never run again, and
     * one bad round would stop the relay for good.
     */
    private void drainQuietly() {
        try {
            drain();
        } catch (HandlerCalls.RelayInterrupted closing) {
            // close() interrupted the round; its events stay pending.
        } catch (Throwable unavailable) {
            // The store failed, say: the events stay pending and the next tick tries again.
            tell(() -> listener.roundFailed(unavailable));
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
     * are noted as delivered. An event parked for a subscriber that is gone stays parked. Returns how
     * many went through.
     */
    public synchronized int retryParked() {
        int delivered = 0;
        Map<String, List<Document>> ledgers = null;
        for (Held stored : parkedDeliveries()) {
            HeldDelivery held = stored.delivery();
            Subscription subscription = byName.getOrDefault(held.subscriber(), Map.of()).get(held.event().type());
            if (subscription == null || seals.verify(held.event()).status() == EventVerification.Status.BROKEN) {
                continue;
            }
            Throwable error = calls.call(subscription.handler(), held.event(), parameters.handlerTimeout());
            Instant now = clock.instant();
            if (error != null) {
                writeQuietly(stored.id(), stored.version(), held.parked(held.attempts() + 1, describe(error), now));
                continue;
            }
            writeQuietly(stored.id(), stored.version(), held.resolved(now));
            ledgers = ledgers == null ? ledgers() : ledgers;
            View view = view(held.subscriber(), List.of(), ledgers);
            view.took(held.sequence(), held.event().eventId(), now);
            noteReceipts(List.of(view), lowestPending());
            delivered++;
        }
        return delivered;
    }

    /**
     * Empties the held deliveries that went through longer ago than {@link RelayParameters#retentionDays()}
     * and whose event can no longer come round (its sequence is below the lowest pending one), and drops
     * the ledgers' receipts of dispatched events. {@link #drain()} runs it every hour of the injected clock.
     * Returns how many held deliveries it emptied. The SPI has no delete, so an emptied one stays as a
     * small document without the event or the error.
     */
    public synchronized int prune() {
        Instant now = clock.instant();
        Instant cutOff = now.minus(parameters.retention());
        long lowest = lowestPending();
        int pruned = 0;
        for (Document document : store.findBy(FAILURES, HeldDelivery.RESOLVED, "true")) {
            Optional<Held> stored = held(document);
            if (stored.isEmpty() || stored.get().delivery().state() != HeldDelivery.State.RESOLVED) {
                continue;
            }
            HeldDelivery held = stored.get().delivery();
            if (held.at().isAfter(cutOff) || held.sequence() >= lowest) {
                continue;
            }
            if (writeQuietly(document.id(), stored.get().version(), held.prunedAt(now))) {
                pruned++;
            }
        }
        Map<String, List<Document>> ledgers = ledgers();
        for (String subscriber : byName.keySet()) {
            View view = view(subscriber, List.of(), ledgers);
            if (view.version > 0 && !view.stored.receipts().isEmpty()) {
                updateLedger(view, ledger -> ledger.pruned(lowest), lowest);
            }
        }
        lastPruned = now;
        return pruned;
    }

    /** Holds a delivery for its subscriber; another relay's hold of it is kept as it is. */
    private HeldDelivery hold(HeldDelivery held) {
        String id = HeldDelivery.id(held.subscriber(), held.event());
        try {
            store.write(WriteBatch.of(DocumentWrite.create(FAILURES, id, notes.body(FAILURES, id, held,
                held.attributes()), held.attributes())));
            return held;
        } catch (VersionConflict exists) {
            Optional<Document> found = store.read(FAILURES, id);
            if (found.isEmpty()) {
                throw exists;
            }
            SealedNotes.Read<HeldDelivery> read = notes.read(found.get(), HeldDelivery.class);
            if (!read.trusted()) {
                // What the relay knows now replaces a note it cannot trust.
                untrusted(held.subscriber(), FAILURES, id, read);
                write(id, found.get().version(), held);
                return held;
            }
            HeldDelivery before = read.note();
            boolean open = before.state() == HeldDelivery.State.WAITING || before.state() == HeldDelivery.State.PARKED;
            if (open || before.event() != null) {
                // Held already, or went through before: the event came round again.
                return open ? before : held;
            }
            // Set aside after it could not be trusted: nothing vouches that the event went through.
            write(id, found.get().version(), held);
            return held;
        }
    }

    /**
     * An event whose payload no longer matches the seal of the change that wrote it (DS-7.2.1): its
     * subscriber never gets it; it is parked at once with what the check found, and the host hears of
     * it. The subscriber is not at fault, so it does not rest.
     */
    private HeldDelivery parkBroken(HeldDelivery held, EventVerification sealed, Round round) {
        Instant now = clock.instant();
        EventSealBroken error = new EventSealBroken(sealed);
        HeldDelivery parked = held.parked(MAX_ATTEMPTS, describe(error), now);
        if (held.state() != HeldDelivery.State.WAITING || held.attempts() == 0) {
            hold(parked);
        }
        OutboxEvent event = held.event();
        round.failures.add(new Failed(held.subscriber(), event.type(), event.eventId(), MAX_ATTEMPTS, true, error));
        DeliveryFailure failure = new DeliveryFailure(held.subscriber(), event.type(), event.eventId(),
            event.collection() + "/" + event.aggregateId(), MAX_ATTEMPTS, error, null);
        tell(() -> listener.failed(failure));
        tell(() -> listener.parked(failure));
        return parked;
    }

    /** What the relay says of an event it will not deliver because its seal is broken. */
    static final class EventSealBroken extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        EventSealBroken(EventVerification sealed) {
            super("the event no longer matches the seal of the change that wrote it (DS-7.2.1): "
                + String.join("; ", sealed.problems()));
        }
    }

    private void failed(View view, HeldDelivery held, Throwable error, Round round) {
        Instant at = held.at();
        Instant until = at.plus(parameters.backoff(view.failuresInARow() + 1));
        long lowest = round.lowestPending(held.sequence());
        updateLedger(view, ledger -> ledger.failed(at, until, lowest), lowest);
        boolean parked = held.state() == HeldDelivery.State.PARKED;
        OutboxEvent event = held.event();
        round.failures.add(new Failed(held.subscriber(), event.type(), event.eventId(), held.attempts(), parked, error));
        DeliveryFailure failure = new DeliveryFailure(held.subscriber(), event.type(), event.eventId(),
            event.collection() + "/" + event.aggregateId(), held.attempts(), error, parked ? null : held.nextAttempt());
        tell(() -> listener.failed(failure));
        if (parked) {
            tell(() -> listener.parked(failure));
        }
    }

    /**
     * Writes the subscriber's ledger changed — with the events it took that are not noted yet — reading
     * it again whenever another relay changed it first; gives up after {@value #LEDGER_TRIES} tries,
     * which costs nothing unless the run comes round again (then its events reach the subscriber again,
     * at least once). {@code lowest} is at most the lowest pending sequence: a receipt below it is of an
     * event already dispatched, which never comes round.
     */
    private void updateLedger(View view, UnaryOperator<Ledger> change, long lowest) {
        for (int attempt = 0; attempt < LEDGER_TRIES; attempt++) {
            Ledger changed = change.apply(view.current(lowest));
            try {
                store.write(WriteBatch.of(view.ledgerWrite(changed)));
                view.written(changed);
                return;
            } catch (StoreConflict anotherRelayWroteIt) {
                view.reload();
            }
        }
    }

    /**
     * The subscriber's ledgers — this instance's own and those of other instances, from the ledgers
     * read together — and the events and aggregates held for it among the open held deliveries.
     */
    private View view(String subscriber, List<Document> open, Map<String, List<Document>> ledgers) {
        View view = new View(subscriber);
        String own = ledgerId(subscriber);
        Document stored = null;
        for (Document ledger : ledgers.getOrDefault(subscriber, List.of())) {
            if (ledger.id().equals(own)) {
                stored = ledger;
            } else {
                view.others.add(trusted(subscriber, ledger));
            }
        }
        view.load(Optional.ofNullable(stored));
        // A held delivery holds back the subscriber's events only if the relay wrote it so (DS-7.2.1).
        for (Document document : open) {
            if (!HeldDelivery.subscriberOf(document.id()).equals(subscriber)) {
                continue;
            }
            held(document).ifPresent(trusted -> {
                HeldDelivery delivery = trusted.delivery();
                if (delivery.state() == HeldDelivery.State.WAITING) {
                    view.held(delivery.event().eventId(), delivery.aggregate());
                } else if (delivery.state() == HeldDelivery.State.PARKED) {
                    view.held.add(HeldDelivery.eventOf(trusted.id()));
                }
            });
        }
        return view;
    }

    /** Every ledger of every instance, by subscriber, in one look-up. */
    private Map<String, List<Document>> ledgers() {
        return ledgers(store.findBy(INBOX, LEDGER, "true"));
    }

    /** The ledgers found, by subscriber. */
    private static Map<String, List<Document>> ledgers(List<Document> found) {
        Map<String, List<Document>> ledgers = new HashMap<>();
        for (Document ledger : found) {
            int at = ledger.id().indexOf('@');
            String subscriber = at < 0 ? ledger.id() : ledger.id().substring(0, at);
            ledgers.computeIfAbsent(subscriber, name -> new ArrayList<>(1)).add(ledger);
        }
        return ledgers;
    }

    /** The id of this instance's ledger for the subscriber: its name, then {@code @instance} when named. */
    private String ledgerId(String subscriber) {
        return instance.isEmpty() ? subscriber : subscriber + "@" + instance;
    }

    /**
     * Another instance's ledger, if its seal matches (DS-7.2.1); one that does not is told to the host,
     * counts as empty, and is replaced by an empty sealed one (unless its instance wrote it meanwhile).
     */
    private Ledger trusted(String subscriber, Document ledger) {
        SealedNotes.Read<Ledger> read = notes.read(ledger, Ledger.class);
        if (read.trusted() && read.note().subscriber().equals(subscriber)) {
            return read.note();
        }
        untrusted(subscriber, INBOX, ledger.id(), read);
        Ledger empty = Ledger.empty(subscriber);
        try {
            store.write(WriteBatch.of(DocumentWrite.update(INBOX, ledger.id(), ledger.version(),
                notes.body(INBOX, ledger.id(), empty, LEDGER_ATTRIBUTES), LEDGER_ATTRIBUTES)));
        } catch (StoreConflict itsInstanceWroteIt) {
            // The next run reads what it wrote.
        }
        return empty;
    }

    private long lowestPending() {
        List<PendingEvent> lowest = store.pendingEvents(1);
        return lowest.isEmpty() ? Long.MAX_VALUE : lowest.get(0).sequence();
    }

    private void write(String id, long version, HeldDelivery held) {
        store.write(WriteBatch.of(DocumentWrite.update(FAILURES, id, version, notes.body(FAILURES, id, held,
            held.attributes()), held.attributes())));
    }

    /** Writes a held delivery this relay claimed; false when another relay changed it meanwhile. */
    private boolean writeQuietly(String id, long version, HeldDelivery held) {
        try {
            write(id, version, held);
            return true;
        } catch (StoreConflict anotherRelayChangedIt) {
            return false;
        }
    }

    /** The parked deliveries the relay can trust; the others are told to the host and repaired. */
    private List<Held> parkedDeliveries() {
        List<Held> parked = new ArrayList<>();
        for (Document document : store.findBy(FAILURES, HeldDelivery.PARKED, "true")) {
            held(document).filter(held -> held.delivery().state() == HeldDelivery.State.PARKED).ifPresent(parked::add);
        }
        return parked;
    }

    /**
     * A held delivery as stored, if its seal matches (DS-7.2.1). One that does not — edited, forged, or
     * written before notes were sealed — is not trusted: the host hears of it, and it is rewritten,
     * sealed, as what the relay can vouch for. If it carries a copy of its event that still matches
     * the seal of the change that raised it, the delivery waits again from its first attempt (the
     * subscriber may get the event once more: delivery is at least once); otherwise it is set aside,
     * holding nothing back. Empty when another relay changed it meanwhile.
     */
    private Optional<Held> held(Document document) {
        SealedNotes.Read<HeldDelivery> read = notes.read(document, HeldDelivery.class);
        if (read.trusted()) {
            return Optional.of(new Held(document.id(), document.version(), read.note()));
        }
        String id = document.id();
        int colon = id.indexOf(':');
        String subscriber = colon < 0 ? id : id.substring(0, colon);
        untrusted(subscriber, FAILURES, id, read);
        Instant now = clock.instant();
        HeldDelivery copy = read.note();
        HeldDelivery repaired = HeldDelivery.setAside(subscriber, now);
        if (copy != null && copy.event() != null && id.equals(HeldDelivery.id(subscriber, copy.event()))
            && seals.verify(copy.event()).status() != EventVerification.Status.BROKEN) {
            repaired = HeldDelivery.of(subscriber, copy.pending(), now);
        }
        return writeQuietly(id, document.version(), repaired)
            ? Optional.of(new Held(id, document.version() + 1, repaired)) : Optional.empty();
    }

    /** Tells the host that a note the relay read cannot be trusted. */
    private void untrusted(String subscriber, String collection, String id, SealedNotes.Read<?> read) {
        String what = collection + "/" + id + ": " + read.problem();
        tell(() -> listener.tampered(subscriber, what));
    }

    private void tell(Runnable notice) {
        try {
            notice.run();
        } catch (Throwable ignored) {
            // A listener that fails must not stop the relay.
        }
    }

    private static Instant latest(Instant one, Instant other) {
        if (one == null) {
            return other;
        }
        return other == null || one.isAfter(other) ? one : other;
    }

    private static String describe(Throwable error) {
        if (error instanceof DirectSupplyException known) {
            return known.message(Messages.ENGLISH);
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /**
     * One subscriber as a run of events finds it: this instance's ledger as stored, the events it took
     * since that are not noted in it yet, the ledgers of other instances, and the events and aggregates
     * held for it.
     */
    private final class View {
        final String subscriber;
        final String id;
        Ledger stored;
        long version;
        final List<Took> unwritten = new ArrayList<>();
        /** The ledgers other instances keep for the subscriber, read only. */
        final List<Ledger> others = new ArrayList<>();
        final Set<UUID> held = new HashSet<>();
        final Set<String> heldAggregates = new HashSet<>();

        View(String subscriber) {
            this.subscriber = subscriber;
            this.id = ledgerId(subscriber);
        }

        /** The subscriber took the event: noted in memory, written with the run's other receipts. */
        void took(long sequence, UUID eventId, Instant at) {
            unwritten.add(new Took(sequence, eventId, at));
        }

        boolean hasReceipts() {
            return !unwritten.isEmpty();
        }

        /** The subscriber's taking of the event did not hold: its reaction's write was lost. */
        void untook(UUID eventId) {
            unwritten.removeIf(took -> took.eventId().equals(eventId));
        }


        boolean received(UUID eventId) {
            if (stored.received(eventId)) {
                return true;
            }
            for (Took took : unwritten) {
                if (took.eventId().equals(eventId)) {
                    return true;
                }
            }
            for (Ledger other : others) {
                if (other.received(eventId)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the subscriber rests, on this instance or another. */
        boolean resting(Instant now) {
            return merged().resting(now);
        }

        /** The subscriber's failures in a row, the most any instance counted. */
        int failuresInARow() {
            return merged().failuresInARow();
        }

        /**
         * Every instance's ledger as one: all their receipts, the latest success and failure, the most
         * failures in a row and the longest rest.
         */
        Ledger merged() {
            Ledger merged = stored;
            for (Ledger other : others) {
                List<Ledger.Receipt> receipts = new ArrayList<>(merged.receipts());
                receipts.addAll(other.receipts());
                merged = new Ledger(subscriber, receipts, latest(merged.lastSuccess(), other.lastSuccess()),
                    latest(merged.lastFailure(), other.lastFailure()),
                    Math.max(merged.failuresInARow(), other.failuresInARow()),
                    latest(merged.restingUntil(), other.restingUntil()));
            }
            return merged;
        }

        /** The ledger with what it took since it was stored. */
        Ledger current(long lowest) {
            Ledger ledger = stored;
            for (Took took : unwritten) {
                ledger = ledger.succeeded(took.sequence(), took.eventId(), took.at(), lowest);
            }
            return ledger;
        }

        DocumentWrite ledgerWrite(Ledger changed) {
            String body = notes.body(INBOX, id, changed, LEDGER_ATTRIBUTES);
            return version == 0 ? DocumentWrite.create(INBOX, id, body, LEDGER_ATTRIBUTES)
                : DocumentWrite.update(INBOX, id, version, body, LEDGER_ATTRIBUTES);
        }

        void written(Ledger changed) {
            stored = changed;
            version++;
            unwritten.clear();
        }

        /**
         * Reads the ledger again. One whose seal does not match (DS-7.2.1) is not trusted: its receipts
         * count as absent, so its events reach the subscriber again (at least once), its rest is lifted,
         * the host hears of it, and an empty sealed ledger replaces it.
         */
        void reload() {
            load(store.read(INBOX, id));
        }

        /** Takes the ledger as stored (read alone, or with every other ledger in one look-up). */
        void load(Optional<Document> stored) {
            version = stored.map(Document::version).orElse(0L);
            if (stored.isEmpty()) {
                this.stored = Ledger.empty(subscriber);
                return;
            }
            SealedNotes.Read<Ledger> read = notes.read(stored.get(), Ledger.class);
            if (read.trusted() && read.note().subscriber().equals(subscriber)) {
                this.stored = read.note();
                return;
            }
            untrusted(subscriber, INBOX, id, read);
            this.stored = Ledger.empty(subscriber);
            try {
                store.write(WriteBatch.of(ledgerWrite(this.stored)));
                version++;
            } catch (StoreConflict anotherRelayWroteIt) {
                // The next write of this ledger conflicts too, and reads it again.
            }
        }

        void held(UUID eventId, String aggregate) {
            held.add(eventId);
            heldAggregates.add(aggregate);
        }
    }

    /** A held delivery the relay can trust, with the document version it was read at. */
    private record Held(String id, long version, HeldDelivery delivery) {
    }

    /** One failed delivery in a drain. */
    private record Failed(String subscriber, String type, UUID eventId, int attempts, boolean parked, Throwable error) {
        String describe(boolean withError) {
            String failed = subscriber + " failed on " + type + " " + eventId;
            if (withError) {
                return failed + ": " + EventRelay.describe(error);
            }
            return failed + " (attempt " + attempts + " of " + MAX_ATTEMPTS + (parked ? ", parked)" : ")");
        }
    }

    /** One event of a run for one of its subscribers, with what its seal check found. */
    private record Delivery(PendingEvent pending, Subscription subscription, EventVerification sealed) {
    }

    /** A module's reaction to an event as the run's joint write knows it: whose it was, and which. */
    private record Joined(View view, Delivery delivery) {
    }

    /**
     * The modules' reactions to one run, written together with the run's ledgers in one write (ADR
     * 0032): each reaction's commands hold their writes in {@link #writes} instead of committing. Once
     * a joint write is lost the run's remaining reactions write on their own.
     */
    private static final class Run {
        final JoinedWrites writes;
        private volatile boolean joining = true;

        Run(JoinedWrites writes) {
            this.writes = writes;
        }

        boolean joins() {
            return joining;
        }

        void stopJoining() {
            joining = false;
        }

        /** The reaction, with its commands' writes held in the run's joint write under the tag. */
        EventHandler joining(Joined tag, EventHandler reaction) {
            return event -> writes.during(tag, () -> {
                try {
                    reaction.handle(event);
                } catch (Throwable failed) {
                    throw EventRelay.<RuntimeException>passOn(failed);
                }
                return null;
            });
        }
    }

    /** Throws what a reaction threw as it is, checked or not, so that the relay reports it unchanged. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E passOn(Throwable failed) throws E {
        throw (E) failed;
    }

    /** An event a subscriber took, not yet noted in its ledger. */
    private record Took(long sequence, UUID eventId, Instant at) {
    }

    /** What one drain did so far. */
    private final class Round {
        int events;
        int retried;
        final List<Failed> failures = new ArrayList<>();
        /** The lowest pending sequence when first asked, or -1 before. */
        private long lowestAtStart = -1;
        /** The open held deliveries as the drain's last run read them; null when no run read them. */
        List<Document> openHolds;

        /**
         * At most the lowest pending sequence, read once a drain: that figure only grows, but for events
         * whose sequence was taken before and committed after it was read, and {@code inHand} (the lowest
         * sequence of the events in hand) covers those.
         */
        long lowestPending(long inHand) {
            if (lowestAtStart < 0) {
                lowestAtStart = EventRelay.this.lowestPending();
            }
            return Math.min(lowestAtStart, inHand);
        }

        /** The lowest pending sequence as the store's claim read it, when nothing was read before. */
        void knowLowestPending(long lowest) {
            if (lowestAtStart < 0) {
                lowestAtStart = lowest;
            }
        }
    }
}
