package dev.directsupply.kernel;

/**
 * Masks personal details for actors without the right to see them and for every log line
 * (DS-7.2.2): a phone keeps its first three and last four digits, an e-mail its first letter and domain.
 */
public final class Masking {
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

    /** {@code zhang.wei@example.com} → {@code z***@example.com}. */
    public static String email(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Keeps the first character of a name: {@code 张伟} → {@code 张*}. */
    public static String name(String name) {
        if (name == null || name.length() <= 1) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
