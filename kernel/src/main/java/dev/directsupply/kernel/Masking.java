package dev.directsupply.kernel;

/**
 * Masks personal details for actors without the right to see them and for every log line
 * (DS-7.2.2): a phone keeps its first three and last four digits, an e-mail the first character of
 * its local part and its domain, a name its first character. A mask never shows the whole of what
 * it hides: a name of one character, an e-mail whose local part is one character and a phone of
 * seven digits or fewer become stars only.
 */
public final class Masking {
    private static final String STARS = "***";

    private Masking() {
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /**
     * {@code zhang.wei@example.com} → {@code z***@example.com}. The domain is what follows the last
     * {@code @} (a quoted local part may hold one: {@code "a@b"@example.com}); a quoted local part keeps
     * its quotes and the first character inside them ({@code "john doe"@example.com} →
     * {@code "j***"@example.com}); a local part of one character shows none of it.
     */
    public static String email(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return STARS;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at);
        if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
            return "\"" + firstOnly(local.substring(1, local.length() - 1)) + "\"" + domain;
        }
        return firstOnly(local) + domain;
    }

    /** Keeps the first character of a name: {@code 张伟} → {@code 张*}; a name of one character is one star. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        if (first == name.length()) {
            return "*";
        }
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** The first character and three stars, or only the stars when the first character is all there is. */
    private static String firstOnly(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) <= 1) {
            return STARS;
        }
        return text.substring(0, Character.charCount(text.codePointAt(0))) + STARS;
    }
}
