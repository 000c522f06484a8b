package dev.directsupply.kernel.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The canonical JSON that event seals cover (DS-7.2.1): reformatting keeps it, editing does not. */
class JsonCanonicalTest {

    @Test
    @DisplayName("DS-7.2.1 JSON reformatted as PostgreSQL's JSONB does has the same canonical form")
    void givenReformattedJson_whenCanonical_thenSame() {
        String written = "{\"invoiceId\":\"INV-1\",\"amount\":1000.00,\"lines\":[{\"b\":1,\"a\":\"上海\\u0001\"}],\"paid\":false,\"note\":null}";
        String reformatted = "{\"note\": null, \"paid\": false, \"lines\": [{\"a\": \"\\u4e0a\\u6d77\\u0001\", \"b\": 1.0}], "
            + "\"amount\": 1E+3, \"invoiceId\": \"INV-1\"}";

        assertThat(Json.canonical(reformatted)).isEqualTo(Json.canonical(written))
            .isEqualTo("{\"amount\":1000,\"invoiceId\":\"INV-1\",\"lines\":[{\"a\":\"上海\\u0001\",\"b\":1}],"
                + "\"note\":null,\"paid\":false}");
    }

    @Test
    @DisplayName("DS-7.2.1 an edited value changes the canonical form")
    void givenEditedValue_whenCanonical_thenDifferent() {
        assertThat(Json.canonical("{\"amount\":1000.00}")).isNotEqualTo(Json.canonical("{\"amount\":1.00}"));
        assertThat(Json.canonical("[1,2]")).isNotEqualTo(Json.canonical("[2,1]"));
        assertThat(Json.canonical("{\"a\":\"1\"}")).isNotEqualTo(Json.canonical("{\"a\":1}"));
        assertThat(Json.canonical("{\"a\":0.000}")).isEqualTo(Json.canonical("{\"a\":0}")).isEqualTo("{\"a\":0}");
    }

    @Test
    @DisplayName("text that is not JSON is refused")
    void givenNotJson_whenCanonical_thenRefused() {
        assertThatThrownBy(() -> Json.canonical("{not json")).isInstanceOf(UncheckedIOException.class);
    }

    enum Channel { EDI, PHONE }

    record Id(String value) implements dev.directsupply.kernel.Identifier {
    }

    record Line(String zText, BigDecimal quantity, int number, Long count, Channel channel) {
    }

    record Everything(Id id, String text, BigDecimal amount, double ratio, float share, long big, boolean flag,
                      Boolean maybe, Instant at, LocalDate on, List<Line> lines, Map<String, BigDecimal> byName,
                      dev.directsupply.kernel.Money money, String nothing) {
    }

    @Test
    @DisplayName("DS-7.2.1 the canonical form read token by token is the one a tree of the text gives, for any value written and any reformatting of it (seeded)")
    void givenAnyValueWrittenOrReformatted_whenCanonical_thenAsTheTreeGivesIt() throws Exception {
        Random random = new Random(20261203);
        for (int i = 0; i < 500; i++) {
            String written = Json.write(anyValue(random));
            String reformatted = reformatted(written, random);

            String expected = TreeCanonical.of(written);

            assertThat(Json.canonical(written)).as("written %d: %s", i, written).isEqualTo(expected);
            assertThat(Json.canonical(reformatted)).as("reformatted %d: %s", i, reformatted).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("DS-7.2.1 a number's canonical form is its value stripped of trailing zeros, in plain notation")
    void givenNumberLiterals_whenCanonical_thenAsBigDecimalWritesThemStripped() {
        for (String literal : List.of("0", "-0", "0.0", "-0.000", "100", "1.50", "-1.500", "0.00120", "1e3", "-0E+5",
            "1.5E-7", "2.50e2", "12345678901234567890.1230", "-98765432109876543210")) {
            BigDecimal value = new BigDecimal(literal);
            String expected = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();

            assertThat(Json.canonical("[" + literal + "]")).as(literal).isEqualTo("[" + expected + "]");
        }
    }

    @Test
    @DisplayName("DS-7.2.1 a name given twice keeps its last value, as a tree and PostgreSQL's JSONB keep it")
    void givenDuplicateName_whenCanonical_thenLastValueKept() {
        assertThat(Json.canonical("{\"b\":1,\"a\":{\"x\":1},\"b\":2,\"a\":[3]}")).isEqualTo("{\"a\":[3],\"b\":2}");
    }

    @Test
    @DisplayName("text holding no value, or more than one, is refused")
    void givenNoneOrTwoValues_whenCanonical_thenRefused() {
        assertThatThrownBy(() -> Json.canonical("")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Json.canonical("{} {}")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Json.canonical("[1,]")).isInstanceOf(UncheckedIOException.class);
    }

    /** The text with its members shuffled, its numbers rewritten in exponent form and blanks added. */
    private static String reformatted(String json, Random random) throws Exception {
        ObjectMapper plain = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode shuffled = shuffle(plain.readTree(json), random, plain);
        return plain.writer(new DefaultPrettyPrinter()).writeValueAsString(shuffled);
    }

    private static JsonNode shuffle(JsonNode node, Random random, ObjectMapper plain) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode copy = plain.createObjectNode();
            names.forEach(name -> copy.set(name, shuffle(node.get(name), random, plain)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = plain.createArrayNode();
            node.forEach(element -> copy.add(shuffle(element, random, plain)));
            return copy;
        }
        if (node.isNumber() && random.nextBoolean()) {
            BigDecimal value = node.decimalValue();
            return DecimalNode.valueOf(new BigDecimal(value.unscaledValue().multiply(BigInteger.TEN),
                value.scale() + 1));
        }
        return node;
    }

    /** The canonical form as a tree of the text gives it: the reference the token-by-token reading must match. */
    private static final class TreeCanonical {
        static String of(String json) throws Exception {
            StringBuilder out = new StringBuilder();
            write(new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json), out);
            return out.toString();
        }

        private static void write(JsonNode node, StringBuilder out) {
            switch (node.getNodeType()) {
                case OBJECT -> {
                    List<String> names = new ArrayList<>();
                    node.fieldNames().forEachRemaining(names::add);
                    Collections.sort(names);
                    out.append('{');
                    for (int i = 0; i < names.size(); i++) {
                        out.append(i > 0 ? "," : "");
                        quoted(names.get(i), out);
                        out.append(':');
                        write(node.get(names.get(i)), out);
                    }
                    out.append('}');
                }
                case ARRAY -> {
                    out.append('[');
                    for (int i = 0; i < node.size(); i++) {
                        out.append(i > 0 ? "," : "");
                        write(node.get(i), out);
                    }
                    out.append(']');
                }
                case STRING -> quoted(node.textValue(), out);
                case NUMBER -> {
                    BigDecimal value = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue())
                        : node.decimalValue();
                    out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
                }
                case BOOLEAN -> out.append(node.booleanValue());
                case NULL -> out.append("null");
                default -> throw new IllegalArgumentException(node.getNodeType().toString());
            }
        }

        private static void quoted(String text, StringBuilder out) {
            out.append('"');
            JsonStringEncoder.getInstance().quoteAsString(text, out);
            out.append('"');
        }
    }

    private static Everything anyValue(Random random) {
        List<Line> lines = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            lines.add(new Line(anyText(random), anyDecimal(random), random.nextInt(), random.nextBoolean() ? null
                : random.nextLong(), Channel.values()[random.nextInt(2)]));
        }
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            byName.put(anyText(random), anyDecimal(random));
        }
        return new Everything(new Id("ID-" + random.nextInt(1000)), anyText(random), anyDecimal(random),
            random.nextBoolean() ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) : random.nextInt(),
            random.nextFloat() * (float) Math.pow(10, random.nextInt(20) - 10), random.nextLong(),
            random.nextBoolean(), random.nextBoolean() ? null : random.nextBoolean(),
            Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000)),
            LocalDate.ofEpochDay(random.nextInt(100_000)), lines, byName,
            dev.directsupply.kernel.Money.cny(BigDecimal.valueOf(random.nextInt(1_000_000_000), 2).toPlainString()),
            null);
    }

    private static BigDecimal anyDecimal(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.ZERO.setScale(random.nextInt(4));
            case 1 -> new BigDecimal(new BigInteger(60, random), random.nextInt(20) - 2);
            case 2 -> new BigDecimal(new BigInteger(100, random), random.nextInt(30)).negate();
            case 3 -> BigDecimal.valueOf(random.nextInt(100_000), 2);
            default -> new BigDecimal(new BigInteger(20, random)).scaleByPowerOfTen(random.nextInt(10));
        };
    }

    private static String anyText(Random random) {
        StringBuilder text = new StringBuilder();
        String alphabet = "ab\"\\\n\t\u0001\u007f é上海\u2028\ud83d\ude00/";
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
