package dev.directsupply.kernel.module;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.service.Pipeline;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What a module builds its services from: the one pipeline every write goes through, the clock, the
 * policy parameters, the ports the host or the SDK supplies, the services of modules started before
 * it; and where it provides its own services and subscribes its reactions.
 */
public interface ModuleContext {

    /** The pipeline: permission, validation, decision, one atomic write. */
    Pipeline pipeline();

    Clock clock();

    /** The policy parameters: {@code policy().section(OrderParameters.class)}. */
    PolicyParameters policy();

    /**
     * The implementation of a port the module needs: the host's, or one the SDK connects to another
     * module; {@code fallback} when neither is given (an empty reference implementation, say).
     */
    <T> T port(Class<T> type, Supplier<? extends T> fallback);

    /** A service provided by a module started earlier; {@code IllegalStateException} when none was. */
    <T> T service(Class<T> type);

    /** Makes a service of this module available to the host and to modules started later. */
    <T> void provide(Class<T> type, T service);

    /**
     * Subscribes a reaction to a published event type, its payload read back as the record. The name
     * is stable: the relay notes deliveries under it.
     */
    <E extends DomainEvent> void subscribe(String name, Class<E> type, Reaction<? super E> reaction);
}
