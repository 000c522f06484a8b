package dev.directsupply.kernel;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The SDK's message catalogue, in English and Simplified Chinese (zh-CN).
 *
 * <p>A key names its bundle by its first segment: {@code customer.error.duplicate-customer} lives in
 * {@code dev/directsupply/customer/messages.properties} and {@code messages_zh_CN.properties}, so
 * each module ships its own texts without registering them. Placeholders are names in braces,
 * {@code {field}}, replaced by the argument of that name; there is no other syntax to escape.
 */
public final class Messages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** Digits before or after the point up to which a decimal is quoted plain, not in scientific form. */
    private static final int PLAIN_DIGITS = 40;
    /** Both languages every message ships in. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The bundle base name that holds the key. */
    public static String bundleOf(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("a message key starts with its module: '" + key + "'");
        }
        return "dev.directsupply." + key.substring(0, dot) + ".messages";
    }

    /** Whether the catalogue has the key (in English; a test checks the Chinese bundle matches). */
    public static boolean has(String key) {
        try {
            return bundle(key, ENGLISH).containsKey(key);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The text of the key in the locale, its placeholders filled; the key itself when it is missing. */
    public static String text(String key, Locale locale, Map<String, ?> arguments) {
        String template;
        try {
            template = bundle(key, locale).getString(key);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return key + arguments;
        }
        return fill(template, locale, arguments);
    }

    private static ResourceBundle bundle(String key, Locale locale) {
        Locale lookup = locale.getLanguage().equals("zh") ? CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(bundleOf(key), lookup, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    static String fill(String template, Locale locale, Map<String, ?> arguments) {
        if (arguments.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            if (arguments.containsKey(name)) {
                out.append(render(arguments.get(name), locale));
            } else {
                out.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String render(Object value, Locale locale) {
        if (value instanceof BigDecimal decimal) {
            // Plain as written, unless that would be longer than any amount: 1e-100000000 in plain
            // digits is a hundred million characters, which a refusal must not spend seconds writing.
            boolean plainIsShort = decimal.scale() <= PLAIN_DIGITS
                && decimal.precision() - decimal.scale() <= PLAIN_DIGITS;
            return plainIsShort ? decimal.toPlainString() : decimal.toString();
        }
        if (value instanceof Localized localized) {
            return localized.label(locale);
        }
        if (value instanceof Collection<?> values) {
            String separator = locale.getLanguage().equals("zh") ? "、" : ", ";
            return values.stream().map(v -> render(v, locale)).collect(Collectors.joining(separator));
        }
        return String.valueOf(value);
    }

    /**
     * A value that names itself in each language, such as a tier or a status. Its labels live in the
     * message bundles under {@link #labelKey()}, so the bundle test guarantees both languages.
     */
    public interface Localized {
        /** The catalogue key of this value's label, e.g. {@code customer.scale-tier.LARGE}. */
        default String labelKey() {
            throw new UnsupportedOperationException(getClass() + " labels itself without a catalogue key");
        }

        default String label(Locale locale) {
            return Messages.text(labelKey(), locale, Map.of());
        }

        /** A name that is a catalogue key labels itself per language; any other text stays as it is. */
        static Localized text(String keyOrText) {
            return new Localized() {
                @Override
                public String label(Locale locale) {
                    return has(keyOrText) ? Messages.text(keyOrText, locale, Map.of()) : keyOrText;
                }

                @Override
                public String toString() {
                    return keyOrText;
                }
            };
        }
    }
}
