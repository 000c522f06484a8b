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

import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderLifecycle;
import dev.directsupply.orders.order.OrderStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
import org.springframework.statemachine.config.EnableStateMachineFactory;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.guard.Guard;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;
import reactor.core.publisher.Mono;

/**
 * One order from received to accepted through a state machine — eight transitions, four of them
 * guarded by the order's own rules (review passed and credit approved; review passed and credit
 * cleared; every line ready; no open delay and everything shipped) — in the SDK's declared
 * transition table and in what a user might pick instead: a hand-written enum switch with the same
 * guards, stateless4j, squirrel-foundation and Spring Statemachine. Each peer's machine is configured
 * once and one instance is made per order, as a user would; every guard asks the same accepted order.
 * Goals: within 3× of the enum switch, faster than stateless4j, at least 1,000× Spring Statemachine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DomainLifecycleBenchmark {
    static final List<OrderAction> PATH = List.of(START_REVIEW, APPROVE, RELEASE, START_PRODUCTION, GET_READY, SHIP,
        DELIVER, ACCEPT);
    static final Predicate<Order> MAY_APPROVE = order -> order.passedReview() && order.creditApproved();
    static final Predicate<Order> MAY_RELEASE = order -> order.passedReview() && order.creditCleared();
    static final Predicate<Order> MAY_GET_READY = order -> order.fulfilment().allReady();
    static final Predicate<Order> MAY_SHIP = order -> order.fulfilment().openDelay().isEmpty() && order.allShipped();

    private Order order;
    private StateMachineConfig<OrderStatus, OrderAction> stateless;
    private Order stateless4jOrder;
    private StateMachineBuilder<SquirrelOrder, OrderStatus, OrderAction, Order> squirrel;
    private AnnotationConfigApplicationContext spring;
    private StateMachineFactory<OrderStatus, OrderAction> springFactory;

    @Setup(Level.Trial)
    public void setUp() {
        order = new OrderScenario().lifecycle(1);
        stateless = stateless4jConfig();
        squirrel = squirrel();
        spring = new AnnotationConfigApplicationContext(OrdersInSpring.class);
        @SuppressWarnings("unchecked")
        StateMachineFactory<OrderStatus, OrderAction> factory = spring.getBean(StateMachineFactory.class);
        springFactory = factory;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spring.close();
    }

    @Benchmark
    public OrderStatus sdkTransitionTable() {
        OrderStatus status = OrderLifecycle.TABLE.initial();
        for (OrderAction action : PATH) {
            status = OrderLifecycle.TABLE.next(status, action, order);
        }
        return expectAccepted(status);
    }

    @Benchmark
    public OrderStatus enumSwitch() {
        OrderStatus status = RECEIVED;
        for (OrderAction action : PATH) {
            status = EnumSwitch.next(status, action, order);
        }
        return expectAccepted(status);
    }

    @Benchmark
    public OrderStatus stateless4j() {
        stateless4jOrder = order;
        com.github.oxo42.stateless4j.StateMachine<OrderStatus, OrderAction> machine =
            new com.github.oxo42.stateless4j.StateMachine<>(RECEIVED, stateless);
        for (OrderAction action : PATH) {
            machine.fire(action);
        }
        return expectAccepted(machine.getState());
    }

    @Benchmark
    public OrderStatus squirrelFoundation() {
        SquirrelOrder machine = squirrel.newStateMachine(RECEIVED);
        for (OrderAction action : PATH) {
            machine.fire(action, order);
        }
        return expectAccepted(machine.getCurrentState());
    }

    @Benchmark
    public OrderStatus springStatemachine() {
        StateMachine<OrderStatus, OrderAction> machine = springFactory.getStateMachine();
        machine.getExtendedState().getVariables().put("order", order);
        machine.startReactively().block();
        for (OrderAction action : PATH) {
            machine.sendEvent(Mono.just(MessageBuilder.withPayload(action).build())).blockLast();
        }
        OrderStatus status = machine.getState().getId();
        machine.stopReactively().block();
        return expectAccepted(status);
    }

    private static OrderStatus expectAccepted(OrderStatus status) {
        if (status != ACCEPTED) {
            throw new IllegalStateException("the machine stopped at " + status);
        }
        return status;
    }

    /** What a team writes by hand: a switch per state, the guards inline. */
    static final class EnumSwitch {
        private EnumSwitch() {
        }

        static OrderStatus next(OrderStatus status, OrderAction action, Order order) {
            switch (status) {
                case RECEIVED:
                    if (action == START_REVIEW) {
                        return UNDER_REVIEW;
                    }
                    break;
                case UNDER_REVIEW:
                    if (action == APPROVE && MAY_APPROVE.test(order)) {
                        return APPROVED;
                    }
                    break;
                case APPROVED:
                    if (action == RELEASE && MAY_RELEASE.test(order)) {
                        return RELEASED;
                    }
                    break;
                case RELEASED:
                    if (action == START_PRODUCTION) {
                        return IN_PRODUCTION;
                    }
                    break;
                case IN_PRODUCTION:
                    if (action == GET_READY && MAY_GET_READY.test(order)) {
                        return READY_TO_SHIP;
                    }
                    break;
                case READY_TO_SHIP:
                    if (action == SHIP && MAY_SHIP.test(order)) {
                        return SHIPPED;
                    }
                    break;
                case SHIPPED:
                    if (action == DELIVER) {
                        return DELIVERED;
                    }
                    break;
                case DELIVERED:
                    if (action == ACCEPT) {
                        return ACCEPTED;
                    }
                    break;
                default:
                    break;
            }
            throw new IllegalStateException(action + " is not possible in " + status);
        }
    }

    private StateMachineConfig<OrderStatus, OrderAction> stateless4jConfig() {
        StateMachineConfig<OrderStatus, OrderAction> config = new StateMachineConfig<>();
        config.configure(RECEIVED).permit(START_REVIEW, UNDER_REVIEW);
        config.configure(UNDER_REVIEW).permitIf(APPROVE, APPROVED, () -> MAY_APPROVE.test(stateless4jOrder));
        config.configure(APPROVED).permitIf(RELEASE, RELEASED, () -> MAY_RELEASE.test(stateless4jOrder));
        config.configure(RELEASED).permit(START_PRODUCTION, IN_PRODUCTION);
        config.configure(IN_PRODUCTION).permitIf(GET_READY, READY_TO_SHIP, () -> MAY_GET_READY.test(stateless4jOrder));
        config.configure(READY_TO_SHIP).permitIf(SHIP, SHIPPED, () -> MAY_SHIP.test(stateless4jOrder));
        config.configure(SHIPPED).permit(DELIVER, DELIVERED);
        config.configure(DELIVERED).permit(ACCEPT, ACCEPTED);
        return config;
    }

    /** squirrel-foundation's machine type for orders. */
    public static class SquirrelOrder extends AbstractStateMachine<SquirrelOrder, OrderStatus, OrderAction, Order> {
    }

    private static StateMachineBuilder<SquirrelOrder, OrderStatus, OrderAction, Order> squirrel() {
        StateMachineBuilder<SquirrelOrder, OrderStatus, OrderAction, Order> builder = StateMachineBuilderFactory
            .create(SquirrelOrder.class, OrderStatus.class, OrderAction.class, Order.class);
        builder.externalTransition().from(RECEIVED).to(UNDER_REVIEW).on(START_REVIEW);
        builder.externalTransition().from(UNDER_REVIEW).to(APPROVED).on(APPROVE).when(condition("approve", MAY_APPROVE));
        builder.externalTransition().from(APPROVED).to(RELEASED).on(RELEASE).when(condition("release", MAY_RELEASE));
        builder.externalTransition().from(RELEASED).to(IN_PRODUCTION).on(START_PRODUCTION);
        builder.externalTransition().from(IN_PRODUCTION).to(READY_TO_SHIP).on(GET_READY)
            .when(condition("ready", MAY_GET_READY));
        builder.externalTransition().from(READY_TO_SHIP).to(SHIPPED).on(SHIP).when(condition("ship", MAY_SHIP));
        builder.externalTransition().from(SHIPPED).to(DELIVERED).on(DELIVER);
        builder.externalTransition().from(DELIVERED).to(ACCEPTED).on(ACCEPT);
        return builder;
    }

    private static Condition<Order> condition(String name, Predicate<Order> test) {
        return new Condition<>() {
            @Override
            public boolean isSatisfied(Order context) {
                return test.test(context);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    /** Spring Statemachine's machine for orders, its guards asking the accepted order. */
    @Configuration
    @EnableStateMachineFactory
    public static class OrdersInSpring extends SpringOrderMachine {
        private static Order order(StateContext<OrderStatus, OrderAction> context) {
            return context.getExtendedState().get("order", Order.class);
        }

        @Override
        Guard<OrderStatus, OrderAction> mayApprove() {
            return context -> MAY_APPROVE.test(order(context));
        }

        @Override
        Guard<OrderStatus, OrderAction> mayRelease() {
            return context -> MAY_RELEASE.test(order(context));
        }

        @Override
        Guard<OrderStatus, OrderAction> mayGetReady() {
            return context -> MAY_GET_READY.test(order(context));
        }

        @Override
        Guard<OrderStatus, OrderAction> mayShip() {
            return context -> MAY_SHIP.test(order(context));
        }
    }
}
