package dev.directsupply.persistence.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's attributes (a flat map of strings) as a small JSON object, kept beside the body so
 * one query reads a document whole. Keys are written in order, so equal maps give equal text.
 */
public final class FlatJson {
    private FlatJson() {
    }

    public static String write(Map<String, String> values) {
        if (values.isEmpty()) {
            return "{}";
        }
        StringBuilder json = new StringBuilder(16 + values.size() * 24).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, entry.getKey()).append(':');
            quote(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    public static Map<String, String> read(String json) {
        Reader reader = new Reader(json);
        Map<String, String> values = new LinkedHashMap<>();
        reader.expect('{');
        if (reader.peekAfterSpace() == '}') {
            reader.expect('}');
            return values;
        }
        do {
            String key = reader.string();
            reader.expect(':');
            values.put(key, reader.string());
        } while (reader.commaOrEnd());
        return values;
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static final class Reader {
        private final String json;
        private int at;

        Reader(String json) {
            this.json = json;
        }

        char peekAfterSpace() {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
            if (at >= json.length()) {
                throw new IllegalArgumentException("attributes JSON ends early: " + json);
            }
            return json.charAt(at);
        }

        void expect(char c) {
            if (peekAfterSpace() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " in attributes JSON: " + json);
            }
            at++;
        }

        boolean commaOrEnd() {
            char c = peekAfterSpace();
            at++;
            if (c == ',') {
                return true;
            }
            if (c == '}') {
                return false;
            }
            throw new IllegalArgumentException("expected ',' or '}' at " + (at - 1) + " in attributes JSON: " + json);
        }

        String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (true) {
                char c = json.charAt(at++);
                if (c == '"') {
                    return text.toString();
                }
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> text.append(escaped);
                }
            }
        }
    }
}
