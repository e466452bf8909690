package nl.resourcegroepen.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** The current plan of a trajectory, with when and by whom it was last changed (null: no plan yet). */
public record PlanView(String trajectoryId, Instant updatedAt, String updatedBy, @JsonUnwrapped PlanDocument plan) {
}
