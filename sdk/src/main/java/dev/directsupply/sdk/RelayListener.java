package dev.directsupply.sdk;

/**
 * What the host hears from the event relay, registered with
 * {@link DirectSupply.Builder#relayListener(RelayListener)}: each failed delivery, each parked one,
 * each relay round that failed as a whole (the store was unavailable, say), and each of its own notes
 * it found tampered with. It is called on the relay's
 * thread and should return quickly; whatever it throws is ignored, so a listener cannot stop the relay.
 *
 * <p>A failure carries the error the subscriber threw, which may quote the event's payload (customer
 * information): the listener is the host's own code, trusted as its subscribers are; what it logs is the
 * host's to protect (DS-7.2.3).
 */
public interface RelayListener {
    /** Nobody listens. */
    RelayListener NONE = new RelayListener() {
    };

    /** A subscriber failed on an event, or did not answer in time; it will be tried again. */
    default void failed(DeliveryFailure failure) {
    }

    /** A subscriber failed on an event {@link EventRelay#MAX_ATTEMPTS} times; the event is parked for it. */
    default void parked(DeliveryFailure failure) {
    }

    /** A round of relaying failed as a whole; the events stay pending and the next round tries again. */
    default void roundFailed(Throwable error) {
    }

    /**
     * A note the relay keeps for a subscriber — its ledger in {@value EventRelay#INBOX}, or a held
     * delivery in {@value EventRelay#FAILURES} — does not match its seal (DS-7.2.1): it was edited or
     * forged in the database, or written by a relay that did not seal its notes yet. The relay did not
     * trust it: the events it vouched for reach the subscriber again (at least once), and a sealed note
     * replaced it. Someone with access to the database may be at work: the host should find out who.
     *
     * @param subscriber the subscriber the note is kept for
     * @param what       the note ({@code collection/id}) and what is wrong with it; no customer information
     */
    default void tampered(String subscriber, String what) {
    }
}
