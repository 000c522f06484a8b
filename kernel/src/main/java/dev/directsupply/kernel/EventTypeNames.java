package dev.directsupply.kernel;

/** The type names of event classes ({@link DomainEvent#type}), worked out once per class. */
final class EventTypeNames {
    private static final String ROOT = "dev.directsupply.";
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> eventClass) {
            return nameOf(eventClass);
        }
    };

    private EventTypeNames() {
    }

    static String of(Class<?> eventClass) {
        return NAMES.get(eventClass);
    }

    /** The module (the package segment after {@code dev.directsupply}), the simple name, and the version after the first. */
    private static String nameOf(Class<?> eventClass) {
        String packageName = eventClass.getPackageName();
        String module;
        if (packageName.startsWith(ROOT)) {
            String rest = packageName.substring(ROOT.length());
            int dot = rest.indexOf('.');
            module = dot < 0 ? rest : rest.substring(0, dot);
        } else {
            module = packageName.substring(packageName.lastIndexOf('.') + 1);
        }
        EventVersion version = eventClass.getAnnotation(EventVersion.class);
        if (version != null && version.value() < 2) {
            throw new IllegalStateException(eventClass.getName() + ": an @EventVersion is 2 or more; version 1 needs none");
        }
        return module + "." + eventClass.getSimpleName() + (version == null ? "" : ".v" + version.value());
    }
}
