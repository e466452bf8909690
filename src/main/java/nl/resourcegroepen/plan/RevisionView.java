package nl.resourcegroepen.plan;

import java.time.Instant;

/** One change of one field of the plan: who changed it when, through which route, from what to what. */
public record RevisionView(String field, String oldValue, String newValue, String changedBy, Instant changedAt,
    String source) {
}
