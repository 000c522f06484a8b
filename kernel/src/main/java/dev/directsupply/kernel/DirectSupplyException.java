package dev.directsupply.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The root of every error the SDK raises on purpose. Each carries a stable {@link #code()}, the
 * policy requirement it enforces where there is one ({@link #rule()}), and a message in English
 * ({@link #getMessage()}) and Simplified Chinese ({@link #message(Locale)}).
 */
public abstract class DirectSupplyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String rule;
    private final String messageKey;
    private final transient Map<String, Object> arguments;

    protected DirectSupplyException(String code, String rule, String messageKey, Map<String, ?> arguments,
                                    Throwable cause) {
        super(null, cause, true, true);
        this.code = code;
        this.rule = rule == null ? "" : rule;
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    protected DirectSupplyException(String code, String rule, String messageKey, Map<String, ?> arguments) {
        this(code, rule, messageKey, arguments, null);
    }

    /** A stable identifier of the kind of error, e.g. {@code invalid-command}. */
    public String code() {
        return code;
    }

    /** The policy requirement this error enforces, e.g. {@code DS-3.3.2}. */
    public Optional<String> rule() {
        return rule.isEmpty() ? Optional.empty() : Optional.of(rule);
    }

    /**
     * The values the message names, by name: for a rule violation, the offending values (e.g.
     * {@code order}, {@code line}, {@code asked}). Empty once the exception has been serialised, as they
     * do not travel.
     */
    public Map<String, Object> arguments() {
        return arguments == null ? Map.of() : arguments;
    }

    /** The message in the given language (English or Simplified Chinese). */
    public String message(Locale locale) {
        // The arguments do not travel when the exception is serialised; the message then lacks values.
        return Messages.text(messageKey, locale, arguments == null ? Map.of() : arguments);
    }

    /** The message in Simplified Chinese. */
    public String chineseMessage() {
        return message(Messages.CHINESE);
    }

    /** The English message, prefixed with the code and the rule. */
    @Override
    public String getMessage() {
        return "[" + code + (rule.isEmpty() ? "" : " " + rule) + "] " + message(Messages.ENGLISH);
    }
}
