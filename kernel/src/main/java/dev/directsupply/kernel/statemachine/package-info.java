/**
 * State machines as data: a {@link dev.directsupply.kernel.statemachine.TransitionTable} declares
 * every (state, action) → state row with its {@link dev.directsupply.kernel.statemachine.Guard}s,
 * answers what an action leads to, rejects what the table does not allow
 * ({@link dev.directsupply.kernel.statemachine.IllegalTransition}) or what a guard forbids
 * ({@link dev.directsupply.kernel.statemachine.TransitionRejected}), and prints itself as a Mermaid
 * {@code stateDiagram-v2} for the docs.
 */
package dev.directsupply.kernel.statemachine;
