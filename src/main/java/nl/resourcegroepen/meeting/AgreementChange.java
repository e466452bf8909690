package nl.resourcegroepen.meeting;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A change to an agreement: its review in a meeting ({@code status}, and the meeting as
 * {@code reviewedInMeetingId}) or a correction of who, what, goal or date. What is left out stays.
 */
record AgreementChange(
    AgreementStatus status,
    String reviewedInMeetingId,
    String memberId,
    String goal,
    @Size(max = MeetingRules.MAX_TEXT, message = "Wat: maximaal {max} tekens") String what,
    LocalDate dueOn) {

  boolean isEmpty() {
    return status == null && reviewedInMeetingId == null && memberId == null && goal == null && what == null
        && dueOn == null;
  }
}
