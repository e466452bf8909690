package nl.resourcegroepen.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as the API records or corrects it ({@code PUT} replaces all of it). Who attended are member
 * ids of the trajectory; the client is marked with {@code clientPresent}. Without
 * {@code responsibleClinicianPresent}, the zorgverantwoordelijke was present when a member in that role
 * attended. {@code relapseReview} is the section "Terugval en opschaling" of the verslavingszorg.
 */
record MeetingRequest(
    @NotNull(message = "Kies de soort bijeenkomst: START, FOLLOW_UP, THEME of HANDOVER") MeetingType type,
    @NotNull(message = "Vul de datum van de bijeenkomst in (JJJJ-MM-DD)") LocalDate heldOn,
    @Size(max = MeetingRules.MAX_LOCATION, message = "Locatie: maximaal {max} tekens") String location,
    @Size(max = MeetingRules.MAX_NAME, message = "Formele voorzitter: maximaal {max} tekens") String chairFormal,
    @Size(max = MeetingRules.MAX_NAME, message = "Informele voorzitter: maximaal {max} tekens") String chairInformal,
    @Size(max = MeetingRules.MAX_NAME, message = "Notulist: maximaal {max} tekens") String minuteTaker,
    @Size(max = MeetingRules.MAX_MINUTES, message = "Verslag: maximaal {max} tekens") String minutes,
    Boolean clientPresent,
    Boolean responsibleClinicianPresent,
    @Size(max = MeetingRules.MAX_ATTENDEES, message = "Maximaal {max} aanwezigen")
    List<@NotBlank(message = "Een aanwezige is een lid-id, niet leeg") String> attendance,
    @Valid RelapseReviewRequest relapseReview) {

  /** "Terugval en opschaling" (verslavingszorg, only in a follow-up meeting); left out when not discussed. */
  record RelapseReviewRequest(
      Boolean lapseSinceLastMeeting,
      @Size(max = MeetingRules.MAX_TEXT, message = "Wat er gebeurd is: maximaal {max} tekens") String lapseDescription,
      @Size(max = MeetingRules.MAX_TEXT, message = "Afspraken over terugval: maximaal {max} tekens")
      String relapseAgreements,
      @Size(max = MeetingRules.MAX_TEXT, message = "Afspraken over opschaling: maximaal {max} tekens")
      String stepUpAgreements) {
  }
}
