package dev.directsupply.kernel.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    enum State { RECEIVED, UNDER_REVIEW, APPROVED, ON_HOLD, CANCELLED }

    enum Action { REVIEW, DECIDE, CANCEL, NOTE }

    /** What guards look at. */
    record Review(boolean creditOk, boolean complete) {
    }

    static final Guard<Review> CREDIT_OK = Guard.of("credit check passed", "DS-4.1.2", Review::creditOk);
    static final Guard<Review> COMPLETE = Guard.of("order is complete", "DS-4.1.2", Review::complete);

    static final TransitionTable<State, Action, Review> TABLE = TransitionTable
        .builder("Order review", State.class, Action.class, Review.class)
        .initial(State.RECEIVED)
        .from(State.RECEIVED).on(Action.REVIEW).to(State.UNDER_REVIEW)
        .from(State.UNDER_REVIEW).on(Action.DECIDE).to(State.APPROVED).when(CREDIT_OK).when(COMPLETE)
        .from(State.UNDER_REVIEW).on(Action.DECIDE).to(State.ON_HOLD).when(COMPLETE)
        .from(State.RECEIVED, State.UNDER_REVIEW, State.ON_HOLD).on(Action.CANCEL).to(State.CANCELLED)
        .build();

    /** The same table with a note that may be added while under review or on hold, moving nothing. */
    static final TransitionTable<State, Action, Review> WITH_SELF_LOOPS = TransitionTable
        .builder("Order review", State.class, Action.class, Review.class)
        .initial(State.RECEIVED)
        .from(State.RECEIVED).on(Action.REVIEW).to(State.UNDER_REVIEW)
        .from(State.UNDER_REVIEW, State.ON_HOLD).on(Action.NOTE).stays()
        .from(State.UNDER_REVIEW).on(Action.DECIDE).to(State.ON_HOLD)
        .build();

    private static final Review GOOD = new Review(true, true);

    @Test
    @DisplayName("require answers 'may this happen now?' from the rows alone: silent when declared")
    void givenDeclaredRow_whenRequired_thenNothingThrown() {
        TABLE.require(State.UNDER_REVIEW, Action.DECIDE);
        WITH_SELF_LOOPS.require(State.ON_HOLD, Action.NOTE);
    }

    @Test
    @DisplayName("require refuses an action the state has no row for, naming state and action")
    void givenUndeclaredRow_whenRequired_thenIllegalTransition() {
        assertThatThrownBy(() -> WITH_SELF_LOOPS.require(State.RECEIVED, Action.NOTE))
            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.state()).isEqualTo(State.RECEIVED);
                assertThat(e.action()).isEqualTo(Action.NOTE);
            });
    }

    @Test
    @DisplayName("statesAllowing lists the states with a row for the action, self-loops included")
    void givenTable_whenAskedWhereAnActionIsAllowed_thenStatesWithARow() {
        assertThat(TABLE.statesAllowing(Action.CANCEL))
            .containsExactly(State.RECEIVED, State.UNDER_REVIEW, State.ON_HOLD);
        assertThat(WITH_SELF_LOOPS.statesAllowing(Action.NOTE)).containsExactly(State.UNDER_REVIEW, State.ON_HOLD);
        assertThat(WITH_SELF_LOOPS.statesAllowing(Action.CANCEL)).isEmpty();
    }

    @Test
    @DisplayName("an action the table declares a refusal for is refused with that error where it has no row")
    void givenDeclaredRefusal_whenActionHasNoRow_thenThatError() {
        TransitionTable<State, Action, Review> table = TransitionTable
            .builder("Order review", State.class, Action.class, Review.class)
            .initial(State.RECEIVED)
            .from(State.RECEIVED, State.UNDER_REVIEW).on(Action.NOTE).to(State.UNDER_REVIEW)
            .from(State.UNDER_REVIEW).on(Action.CANCEL).to(State.CANCELLED)
            .refusing(Action.NOTE, review -> new IllegalStateException("closed: complete=" + review.complete()))
            .build();

        assertThatThrownBy(() -> table.next(State.CANCELLED, Action.NOTE, GOOD))
            .isInstanceOf(IllegalStateException.class).hasMessage("closed: complete=true");
        assertThatThrownBy(() -> table.require(State.CANCELLED, Action.NOTE, GOOD))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.next(State.RECEIVED, Action.CANCEL, GOOD)).isInstanceOf(IllegalTransition.class);
        table.require(State.UNDER_REVIEW, Action.NOTE, GOOD);
    }

    @Test
    @DisplayName("a self-loop keeps the state, and a state left only by self-loops is final")
    void givenSelfLoop_whenFired_thenSameStateAndStillFinal() {
        assertThat(WITH_SELF_LOOPS.next(State.ON_HOLD, Action.NOTE, GOOD)).isEqualTo(State.ON_HOLD);
        assertThat(WITH_SELF_LOOPS.finalStates()).contains(State.ON_HOLD).doesNotContain(State.UNDER_REVIEW);
    }

    @Test
    @DisplayName("a declared row leads to its target state")
    void givenDeclaredRow_whenFired_thenTargetState() {
        assertThat(TABLE.next(State.RECEIVED, Action.REVIEW, GOOD)).isEqualTo(State.UNDER_REVIEW);
    }

    @Test
    @DisplayName("an action the state does not declare is an IllegalTransition naming state and action")
    void givenUndeclaredAction_whenFired_thenIllegalTransition() {
        assertThatThrownBy(() -> TABLE.next(State.APPROVED, Action.CANCEL, GOOD))
            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.state()).isEqualTo(State.APPROVED);
                assertThat(e.action()).isEqualTo(Action.CANCEL);
                assertThat(e.machine()).isEqualTo("Order review");
                assertThat(e.getMessage()).contains("APPROVED").contains("CANCEL");
                assertThat(e.chineseMessage()).contains("APPROVED").contains("CANCEL").contains("不能执行");
            });
    }

    @Test
    @DisplayName("of rows sharing state and action, the first whose guards all hold decides")
    void givenTwoGuardedRows_whenFired_thenFirstPassingRowDecides() {
        assertThat(TABLE.next(State.UNDER_REVIEW, Action.DECIDE, new Review(true, true))).isEqualTo(State.APPROVED);
        assertThat(TABLE.next(State.UNDER_REVIEW, Action.DECIDE, new Review(false, true))).isEqualTo(State.ON_HOLD);
    }

    @Test
    @DisplayName("when no row's guards hold, TransitionRejected names the guard and its rule")
    void givenFailingGuards_whenFired_thenRejectedNamingGuardAndRule() {
        assertThatThrownBy(() -> TABLE.next(State.UNDER_REVIEW, Action.DECIDE, new Review(true, false)))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> {
                assertThat(e.guard()).isEqualTo("order is complete");
                assertThat(e.rule()).contains("DS-4.1.2");
                assertThat(e.getMessage()).contains("order is complete");
            });
    }

    @Test
    void givenTable_whenAskedForActionsAndFinalStates_thenFromDeclaredRows() {
        assertThat(TABLE.actionsFrom(State.UNDER_REVIEW)).containsExactly(Action.DECIDE, Action.CANCEL);
        assertThat(TABLE.finalStates()).containsExactlyInAnyOrder(State.APPROVED, State.CANCELLED);
        assertThat(TABLE.declares(State.CANCELLED, Action.REVIEW)).isFalse();
        assertThat(TABLE.permits(State.UNDER_REVIEW, Action.DECIDE, new Review(false, false))).isFalse();
        assertThat(TABLE.permits(State.UNDER_REVIEW, Action.DECIDE, new Review(false, true))).isTrue();
    }

    @Test
    @DisplayName("the table prints itself as a Mermaid stateDiagram-v2, guards in brackets")
    void givenTable_whenPrinted_thenMermaidStateDiagram() {
        assertThat(TABLE.toMermaid()).isEqualTo("""
            stateDiagram-v2
                %% Order review — generated from its transition table; do not edit
                [*] --> RECEIVED
                RECEIVED --> UNDER_REVIEW : REVIEW
                UNDER_REVIEW --> APPROVED : DECIDE [credit check passed and order is complete]
                UNDER_REVIEW --> ON_HOLD : DECIDE [order is complete]
                RECEIVED --> CANCELLED : CANCEL
                UNDER_REVIEW --> CANCELLED : CANCEL
                ON_HOLD --> CANCELLED : CANCEL
                APPROVED --> [*]
                CANCELLED --> [*]
            """);
    }

    @Test
    void givenBuilderWithoutInitialState_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> TransitionTable.builder("x", State.class, Action.class, Review.class)
            .from(State.RECEIVED).on(Action.REVIEW).to(State.UNDER_REVIEW).build())
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenGuardWithoutPolicyRule_whenMade_thenRefused() {
        assertThatThrownBy(() -> Guard.of("something", "", r -> true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a guard added by when(...) guards every row of the last declaration, and only those")
    void givenTableBuiltHere_whenGuardFollowsMultiStateDeclaration_thenEveryRowOfItGuarded() {
        Guard<Review> creditOk = Guard.of("credit check passed", "DS-4.1.2", Review::creditOk);
        Review noCredit = new Review(false, true);
        TransitionTable<State, Action, Review> table = TransitionTable
            .builder("Order review", State.class, Action.class, Review.class)
            .initial(State.RECEIVED)
            .from(State.RECEIVED).on(Action.REVIEW).to(State.UNDER_REVIEW)
            .from(State.UNDER_REVIEW, State.ON_HOLD).on(Action.DECIDE).to(State.APPROVED).when(creditOk)
            .from(State.UNDER_REVIEW, State.ON_HOLD).on(Action.NOTE).stays().when(creditOk)
            .from(State.UNDER_REVIEW).on(Action.DECIDE).to(State.ON_HOLD)
            .build();

        assertThat(table.name()).isEqualTo("Order review");
        assertThat(table.transitions()).hasSize(6);
        assertThat(table.transitions().get(0).guards()).isEmpty();
        assertThat(table.transitions().subList(1, 5)).allSatisfy(row -> assertThat(row.guards()).containsExactly(creditOk));
        assertThat(table.transitions().get(5).guards()).isEmpty();
        assertThat(table.permits(State.RECEIVED, Action.REVIEW, noCredit)).isTrue();
        assertThat(table.permits(State.ON_HOLD, Action.DECIDE, noCredit)).isFalse();
        assertThat(table.permits(State.ON_HOLD, Action.NOTE, noCredit)).isFalse();
        assertThat(table.permits(State.ON_HOLD, Action.DECIDE, GOOD)).isTrue();
        assertThat(table.permits(State.APPROVED, Action.DECIDE, GOOD)).isFalse();
        assertThat(table.next(State.UNDER_REVIEW, Action.DECIDE, GOOD)).isEqualTo(State.APPROVED);
        assertThat(table.next(State.UNDER_REVIEW, Action.DECIDE, noCredit)).as("the second row for the same action")
            .isEqualTo(State.ON_HOLD);
        assertThatThrownBy(() -> table.next(State.ON_HOLD, Action.NOTE, noCredit))
            .isInstanceOfSatisfying(TransitionRejected.class, rejected -> {
                assertThat(rejected.state()).isEqualTo(State.ON_HOLD);
                assertThat(rejected.action()).isEqualTo(Action.NOTE);
                assertThat(rejected.guard()).isEqualTo("credit check passed");
            });
    }

    @Test
    @DisplayName("a guard with no row before it to guard is refused")
    void givenGuardBeforeAnyRow_whenDeclared_thenRefused() {
        assertThatThrownBy(() -> TransitionTable.builder("Order review", State.class, Action.class, Review.class)
            .initial(State.RECEIVED).when(CREDIT_OK))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("when(...) follows a from(...).on(...).to(...)");
    }

    @Test
    @DisplayName("random action sequences: the table agrees with a reference model at every step")
    void givenRandomActionSequences_whenFired_thenAgreeWithReferenceModel() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<State, Map<Action, State>> reference = new EnumMap<>(State.class);
        reference.put(State.RECEIVED, Map.of(Action.REVIEW, State.UNDER_REVIEW, Action.CANCEL, State.CANCELLED));
        reference.put(State.UNDER_REVIEW, Map.of(Action.CANCEL, State.CANCELLED));
        reference.put(State.ON_HOLD, Map.of(Action.CANCEL, State.CANCELLED));
        List<Action> actions = List.of(Action.values());
        for (int run = 0; run < 500; run++) {
            State state = TABLE.initial();
            for (int step = 0; step < 12; step++) {
                Action action = actions.get(random.nextInt(actions.size()));
                Review review = new Review(random.nextBoolean(), random.nextBoolean());
                State expected = expected(reference, state, action, review);
                try {
                    State actual = TABLE.next(state, action, review);
                    assertThat(actual).as("seed %d: %s + %s with %s", seed, state, action, review).isEqualTo(expected);
                    state = actual;
                } catch (IllegalTransition | TransitionRejected refused) {
                    if (expected != null) {
                        fail("seed %d: %s + %s with %s was refused but should lead to %s", seed, state, action, review,
                            expected);
                    }
                }
            }
        }
    }

    private static State expected(Map<State, Map<Action, State>> reference, State state, Action action, Review review) {
        if (state == State.UNDER_REVIEW && action == Action.DECIDE) {
            if (!review.complete()) {
                return null;
            }
            return review.creditOk() ? State.APPROVED : State.ON_HOLD;
        }
        return reference.getOrDefault(state, Map.of()).get(action);
    }
}
