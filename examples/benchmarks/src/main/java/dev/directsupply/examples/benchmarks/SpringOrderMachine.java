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

import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderStatus;
import java.util.EnumSet;
import org.springframework.statemachine.config.EnumStateMachineConfigurerAdapter;
import org.springframework.statemachine.config.builders.StateMachineConfigurationConfigurer;
import org.springframework.statemachine.config.builders.StateMachineStateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;

/**
 * Spring Statemachine's configuration of the order path, as its documentation sets one up: every
 * state, the eight transitions, four guarded. Each benchmark supplies guards over its own order.
 */
abstract class SpringOrderMachine extends EnumStateMachineConfigurerAdapter<OrderStatus, OrderAction> {

    abstract Guard<OrderStatus, OrderAction> mayApprove();

    abstract Guard<OrderStatus, OrderAction> mayRelease();

    abstract Guard<OrderStatus, OrderAction> mayGetReady();

    abstract Guard<OrderStatus, OrderAction> mayShip();

    @Override
    public void configure(StateMachineConfigurationConfigurer<OrderStatus, OrderAction> config) throws Exception {
        config.withConfiguration().autoStartup(false);
    }

    @Override
    public void configure(StateMachineStateConfigurer<OrderStatus, OrderAction> states) throws Exception {
        states.withStates().initial(RECEIVED).states(EnumSet.allOf(OrderStatus.class));
    }

    @Override
    public void configure(StateMachineTransitionConfigurer<OrderStatus, OrderAction> transitions) throws Exception {
        transitions
            .withExternal().source(RECEIVED).target(UNDER_REVIEW).event(START_REVIEW).and()
            .withExternal().source(UNDER_REVIEW).target(APPROVED).event(APPROVE).guard(mayApprove()).and()
            .withExternal().source(APPROVED).target(RELEASED).event(RELEASE).guard(mayRelease()).and()
            .withExternal().source(RELEASED).target(IN_PRODUCTION).event(START_PRODUCTION).and()
            .withExternal().source(IN_PRODUCTION).target(READY_TO_SHIP).event(GET_READY).guard(mayGetReady()).and()
            .withExternal().source(READY_TO_SHIP).target(SHIPPED).event(SHIP).guard(mayShip()).and()
            .withExternal().source(SHIPPED).target(DELIVERED).event(DELIVER).and()
            .withExternal().source(DELIVERED).target(ACCEPTED).event(ACCEPT);
    }
}
