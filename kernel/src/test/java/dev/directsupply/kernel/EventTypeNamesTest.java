package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.testevents.Shipped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.example.plugin.Delivered;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The type name of an event: its module, its simple name, and its version from the second on. Names
 * are worked out once per class and remembered, so each test reads the name of a class loaded afresh
 * (as a host's plug-in loader would load it): what it checks is the naming, not an answer remembered
 * from an earlier test.
 */
class EventTypeNamesTest {

    @Test
    @DisplayName("an event of a module's root package is named module.SimpleName")
    void givenEventInModuleRootPackage_whenNamed_thenModuleAndSimpleName() {
        assertThat(DomainEvent.typeOf(afresh(Happened.class))).isEqualTo("kernel.Happened");
    }

    @Test
    @DisplayName("an event of a package below the module's root is named after the module alone")
    void givenEventInSubPackage_whenNamed_thenOnlyTheModuleSegment() {
        assertThat(DomainEvent.typeOf(afresh(Shipped.class))).isEqualTo("kernel.Shipped");
    }

    @Test
    @DisplayName("an event outside dev.directsupply is named after the last segment of its package")
    void givenEventOutsideTheSdk_whenNamed_thenLastPackageSegment() {
        assertThat(DomainEvent.typeOf(afresh(Delivered.class))).isEqualTo("plugin.Delivered");
    }

    @Test
    @DisplayName("from the second version on, the version is part of the name: .v2")
    void givenSecondVersion_whenNamed_thenVersionSuffix() {
        assertThat(DomainEvent.typeOf(afresh(Reissued.class))).isEqualTo("kernel.Reissued.v2");
    }

    @Test
    @DisplayName("@EventVersion(1) is refused: the first version needs no annotation")
    void givenVersionOne_whenNamed_thenRefused() {
        Class<?> misversioned = afresh(Misversioned.class);

        assertThatThrownBy(() -> DomainEvent.typeOf(misversioned))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("dev.directsupply.kernel.Misversioned: an @EventVersion is 2 or more; version 1 needs none");
    }

    @Test
    @DisplayName("an event's own type() is the name of its class, asked again and again")
    void givenEvent_whenAskedItsTypeTwice_thenSameName() {
        DomainEvent event = new Happened(Instant.parse("2026-03-15T01:00:00Z"));

        assertThat(event.type()).isEqualTo("kernel.Happened");
        assertThat(event.type()).isEqualTo(DomainEvent.typeOf(Happened.class));
    }

    /** The class defined anew by a loader of its own, so that its name is worked out anew. */
    private static Class<?> afresh(Class<?> type) {
        String name = type.getName();
        byte[] bytes;
        try (InputStream in = type.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader loader = new ClassLoader(type.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String wanted, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(wanted)) {
                    if (!wanted.equals(name)) {
                        return super.loadClass(wanted, resolve);
                    }
                    Class<?> loaded = findLoadedClass(wanted);
                    return loaded != null ? loaded : defineClass(wanted, bytes, 0, bytes.length);
                }
            }
        };
        try {
            Class<?> fresh = loader.loadClass(name);
            assertThat(fresh).isNotSameAs(type);
            return fresh;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}

/** An event of the kernel's root package. */
record Happened(Instant occurredAt) implements DomainEvent {
}

/** The second version of an event. */
@EventVersion(2)
record Reissued(Instant occurredAt) implements DomainEvent {
}

/** A first version wrongly annotated. */
@EventVersion(1)
record Misversioned(Instant occurredAt) implements DomainEvent {
}
