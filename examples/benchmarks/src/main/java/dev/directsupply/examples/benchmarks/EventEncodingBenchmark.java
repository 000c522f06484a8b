package dev.directsupply.examples.benchmarks;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.EventCodec;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderLine;
import dev.directsupply.orders.order.OrderReceived;
import dev.directsupply.orders.order.OrderTerms;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.Urgency;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An event's payload and the canonical form its seal covers (DS-7.2.1), as the SDK makes them for each
 * event it stores (and the relay again for each it hands out): an order's receipt with three lines.
 * {@code writeAndCanonical} is what the SDK does: write the text, then read it token by token into its
 * canonical form. {@code writeAndCanonicalByTree} is how it was done before: read the text back as a
 * tree, then write the tree canonically. {@code writeOnly} is the text alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventEncodingBenchmark {
    private final OrderReceived event = new OrderReceived(OrderId.of("ORD-91310000000000001-k-1"),
        new CustomerId("C-91310000MA1K3YJ12X"), Channel.EDI, "PO-2026-0315", "AG-1",
        new OrderTerms(List.of(line(1, "VINEGAR-500ML", "80.00"), line(2, "SOY-1L", "42.50"),
            line(3, "CHILI-OIL-250G", "19.90")), LocalDate.parse("2026-03-25"), "SH-WH1", Urgency.NORMAL, 1),
        Instant.parse("2026-03-15T02:00:00.123456Z"));
    private static final ObjectMapper TREES = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final EventCodec codec = JsonEventCodec.INSTANCE;

    private static OrderLine line(int number, String product, String price) {
        return new OrderLine(number, new ProductCode(product), "香醋 500 ml × 12", new BigDecimal("120.000"), "case",
            Money.cny(price));
    }

    @Benchmark
    public String writeAndCanonical() {
        return codec.canonical(codec.encode(event));
    }

    @Benchmark
    public String writeAndCanonicalByTree() throws IOException {
        StringBuilder out = new StringBuilder();
        byTree(TREES.readTree(codec.encode(event)), out);
        return out.toString();
    }

    /** The canonical form as the SDK made it until the token-by-token reading replaced it. */
    private static void byTree(JsonNode node, StringBuilder out) {
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
                    byTree(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i > 0 ? "," : "");
                    byTree(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> quoted(node.textValue(), out);
            case NUMBER -> {
                BigDecimal value = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
                out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
            }
            case BOOLEAN -> out.append(node.booleanValue());
            default -> out.append("null");
        }
    }

    private static void quoted(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }

    @Benchmark
    public String writeOnly() {
        return Json.write(event);
    }
}
