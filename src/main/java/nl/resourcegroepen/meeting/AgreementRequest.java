package nl.resourcegroepen.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new agreement through the API: made in a meeting of the trajectory, by a member of the group, for a
 * goal of the plan ({@code shortTermGoal1}–{@code 3}, {@code longTermGoal1}–{@code 2}) or {@code other}.
 */
record AgreementRequest(
    @NotBlank(message = "Kies de bijeenkomst waarin de afspraak is gemaakt") String meetingId,
    @NotBlank(message = "Kies wie het doet: een lid van de resourcegroep") String memberId,
    @NotBlank(message = "Kies het doel waar de afspraak bij hoort") String goal,
    @NotBlank(message = "Vul in wat er gebeurt")
    @Size(max = MeetingRules.MAX_TEXT, message = "Wat: maximaal {max} tekens") String what,
    LocalDate dueOn) {
}
