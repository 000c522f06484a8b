package dev.directsupply.orders.archfixture;

/** Breaks the template: an aggregate of eleven loose components instead of a few parts. */
public record WideOrder(String id, String customer, String channel, String reference, String agreement,
                        String place, String urgency, String status, String review, String credit, String feed) {
}
