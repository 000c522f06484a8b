package dev.directsupply.examples.benchmarks;

import static dev.directsupply.orders.order.OrderAction.ACCEPT;
import static dev.directsupply.orders.order.OrderAction.APPROVE;
import static dev.directsupply.orders.order.OrderAction.DELIVER;
import static dev.directsupply.orders.order.OrderAction.GET_READY;
import static dev.directsupply.orders.order.OrderAction.RELEASE;
import static dev.directsupply.orders.order.OrderAction.SHIP;
import static dev.directsupply.orders.order.OrderAction.START_PRODUCTION;
import static dev.directsupply.orders.order.OrderAction.START_REVIEW;
import static dev.directsupply.orders.order.OrderStatus.ACCEPTED;
import static dev.directsupply.orders.order.OrderStatus.APPROVED;
import static dev.directsupply.orders.order.OrderStatus.DELIVERED;
import static dev.directsupply.orders.order.OrderStatus.IN_PRODUCTION;
import static dev.directsupply.orders.order.OrderStatus.READY_TO_SHIP;
import static dev.directsupply.orders.order.OrderStatus.RECEIVED;
import static dev.directsupply.orders.order.OrderStatus.RELEASED;
import static dev.directsupply.orders.order.OrderStatus.SHIPPED;
import static dev.directsupply.orders.order.OrderStatus.UNDER_REVIEW;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.sdk.DirectSupply;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.EnableStateMachineFactory;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * One order from submission to acceptance through the application services — each call checks the
 * actor's permission, validates the command, loads the order, decides by the transition table and
 * the order's rules, and stores the new version with its events and a sealed audit entry — beside
 * what a user would assemble from parts for the same calls: Hibernate Validator for the commands,
 * Spring Statemachine restored from the stored state for each call, a {@code ConcurrentHashMap} of
 * JSON documents written with Jackson. The {@code part*} benchmarks take one service call apart:
 * validating a command and the lifecycle's eight, encoding the order, and hashing it for the audit
 * trail; the store's own write is {@link StoreBenchmark}'s. Goal: at least 20×
 * faster than the assembly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ServiceLifecycleBenchmark {
    private OrderScenario scenario;
    private Assembled assembled;
    private AnnotationConfigApplicationContext spring;
    private long sequence;
    private Order accepted;
    private String acceptedJson;
    private AuditSeal seal;
    private CommandValidator validator;
    private SubmitOrder submit;
    private List<Object> lifecycleCommands;

    @Setup(Level.Iteration)
    public void setUp() {
        scenario = new OrderScenario();
        if (spring == null) {
            spring = new AnnotationConfigApplicationContext(AssembledOrderMachine.class);
        }
        @SuppressWarnings("unchecked")
        StateMachineFactory<OrderStatus, OrderAction> factory = spring.getBean(StateMachineFactory.class);
        assembled = new Assembled(DirectSupply.defaultValidator(scenario.clock), factory);
        accepted = scenario.lifecycle(-1);
        acceptedJson = scenario.store.read("orders", accepted.id().value()).orElseThrow().body();
        seal = AuditSeal.unkeyed();
        validator = new CommandValidator(DirectSupply.defaultValidator(scenario.clock));
        submit = new SubmitOrder("k-parts", OrderScenario.CUSTOMER, "EDI", null, OrderScenario.LINES,
            scenario.deliveryDate, "SH-WH1", null);
        OrderId id = accepted.id();
        LocalDate today = scenario.today;
        lifecycleCommands = List.of(submit, new ReviewOrder(id), new ReleaseOrder(id),
            new RecordProgress(id, 1, "PRODUCTION_STARTED", today, null), new RecordProgress(id, 1, "PACKED", today, null),
            new ShipOrder(id, "WB-parts", today, List.of(new ShippedLine(1, new BigDecimal("300")),
                new ShippedLine(2, new BigDecimal("200")))),
            new ConfirmDelivery(id, today), new AcceptOrder(id, today, null, null));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spring.close();
    }

    @Benchmark
    public Order sdkServices() {
        return scenario.lifecycle(sequence++);
    }

    @Benchmark
    public OrderStatus assembledFromParts() {
        return assembled.lifecycle(sequence++, scenario);
    }

    @Benchmark
    public SubmitOrder partValidateCommand() {
        return validator.validate(submit);
    }

    /**
     * The eight commands of one lifecycle validated as the services validate them; the assembly
     * validates the same commands with the same validator.
     */
    @Benchmark
    public int partValidateLifecycleCommands() {
        int valid = 0;
        for (Object command : lifecycleCommands) {
            valid += validator.validate(command) == command ? 1 : 0;
        }
        return valid;
    }

    /** The order as JSON in the SDK's conventions: the shape its stored snapshot has, component for component. */
    @Benchmark
    public String partEncodeOrder() {
        return Json.write(accepted);
    }

    @Benchmark
    public String partHashBody() {
        return seal.bodyHash(acceptedJson);
    }


    /** The assembly: Hibernate Validator, Spring Statemachine, a map of JSON documents, Jackson. */
    static final class Assembled {
        private final Validator validator;
        private final StateMachineFactory<OrderStatus, OrderAction> machines;
        private final ConcurrentHashMap<String, String> documents = new ConcurrentHashMap<>();
        private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        private final Set<String> products = Set.of("P-100", "P-200");
        private final Map<String, BigDecimal> prices = Map.of("P-100", new BigDecimal("120.00"), "P-200",
            new BigDecimal("80.00"));

        Assembled(Validator validator, StateMachineFactory<OrderStatus, OrderAction> machines) {
            this.validator = validator;
            this.machines = machines;
        }

        /** What the assembly stores per order. */
        record Document(String id, String customer, List<SubmittedLine> lines, LocalDate date, String place,
                        OrderStatus status, boolean reviewed, boolean creditApproved, boolean ready,
                        boolean shipped) {
            Document with(OrderStatus next, boolean isReviewed, boolean isApproved, boolean isReady, boolean isShipped) {
                return new Document(id, customer, lines, date, place, next, isReviewed, isApproved, isReady, isShipped);
            }
        }

        OrderStatus lifecycle(long n, OrderScenario scenario) {
            LocalDate today = scenario.today;
            SubmitOrder submit = new SubmitOrder("k-" + n, OrderScenario.CUSTOMER, "EDI", null, OrderScenario.LINES,
                scenario.deliveryDate, "SH-WH1", null);
            validate(submit);
            String id = "SO-" + n;
            save(new Document(id, submit.customerId().value(), submit.lines(), submit.requestedDeliveryDate(),
                submit.deliveryPlace(), RECEIVED, false, false, false, false));
            OrderId orderId = OrderId.of(id);
            validate(new ReviewOrder(orderId));
            Document received = load(id);
            for (SubmittedLine line : received.lines()) {
                if (!products.contains(line.product()) || prices.get(line.product()).compareTo(line.unitPrice()) != 0) {
                    throw new IllegalStateException("needs clarification");
                }
            }
            Document reviewed = received.with(RECEIVED, true, true, false, false);
            reviewed = fire(fire(reviewed, START_REVIEW), APPROVE);
            save(reviewed);
            step(new ReleaseOrder(orderId), id, RELEASE, false, false);
            step(new RecordProgress(orderId, 1, "PRODUCTION_STARTED", today, null), id, START_PRODUCTION, false,
                false);
            step(new RecordProgress(orderId, 1, "PACKED", today, null), id, GET_READY, true, false);
            step(new ShipOrder(orderId, "WB-" + n, today, List.of(new ShippedLine(1, new BigDecimal("300")),
                new ShippedLine(2, new BigDecimal("200")))), id, SHIP, true, true);
            step(new ConfirmDelivery(orderId, today), id, DELIVER, true, true);
            return step(new AcceptOrder(orderId, today, null, null), id, ACCEPT, true, true).status();
        }

        private Document step(Object command, String id, OrderAction action, boolean ready, boolean shipped) {
            validate(command);
            Document before = load(id);
            Document after = fire(before.with(before.status(), before.reviewed(), before.creditApproved(), ready,
                shipped), action);
            save(after);
            return after;
        }

        /** Restores the order's machine from its stored state, sends the event, stops it. */
        private Document fire(Document document, OrderAction action) {
            StateMachine<OrderStatus, OrderAction> machine = machines.getStateMachine(document.id());
            machine.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachine(
                new DefaultStateMachineContext<>(document.status(), null, null, null)));
            machine.getExtendedState().getVariables().put("order", document);
            machine.startReactively().block();
            StateMachineEventResult<OrderStatus, OrderAction> result = machine.sendEvent(
                Mono.just(MessageBuilder.withPayload(action).build())).blockLast();
            if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
                throw new IllegalStateException(action + " refused in " + document.status());
            }
            OrderStatus next = machine.getState().getId();
            machine.stopReactively().block();
            return document.with(next, document.reviewed(), document.creditApproved(), document.ready(),
                document.shipped());
        }

        private void validate(Object command) {
            Set<ConstraintViolation<Object>> violations = validator.validate(command);
            if (!violations.isEmpty()) {
                throw new IllegalArgumentException(violations.toString());
            }
        }

        private Document load(String id) {
            try {
                return json.readValue(documents.get(id), Document.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private void save(Document document) {
            try {
                documents.put(document.id(), json.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The assembly's Spring Statemachine: the same states and guarded transitions, guards on its document. */
    @Configuration
    @EnableStateMachineFactory
    public static class AssembledOrderMachine extends SpringOrderMachine {
        private static Assembled.Document order(StateContext<OrderStatus, OrderAction> context) {
            return context.getExtendedState().get("order", Assembled.Document.class);
        }

        @Override
        Guard<OrderStatus, OrderAction> mayApprove() {
            return context -> order(context).reviewed() && order(context).creditApproved();
        }

        @Override
        Guard<OrderStatus, OrderAction> mayRelease() {
            return context -> order(context).reviewed() && order(context).creditApproved();
        }

        @Override
        Guard<OrderStatus, OrderAction> mayGetReady() {
            return context -> order(context).ready();
        }

        @Override
        Guard<OrderStatus, OrderAction> mayShip() {
            return context -> order(context).shipped();
        }
    }
}
