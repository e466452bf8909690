package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * What is recorded of a meeting, from its form or from the API, checked by {@link MeetingRules} before it
 * is stored. {@code relapseReview} is the section "Terugval en opschaling" (verslavingszorg), null without it.
 */
record MeetingDetails(MeetingType type, LocalDate heldOn, String location, boolean responsibleClinicianPresent,
    String chairFormal, String chairInformal, String minuteTaker, String minutes, List<Attendee> attendance,
    RelapseReview relapseReview) {

  /** Someone who attended, in a role (form codes: client, family, ...); linked to the member where they are one. */
  record Attendee(String name, String role, String memberId) {
  }
}
