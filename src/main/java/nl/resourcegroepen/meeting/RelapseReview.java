package nl.resourcegroepen.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * "Terugval en opschaling" in a follow-up meeting of the verslavingszorg (form
 * {@code follow-up-meeting-addictionCare}): whether there was a lapse since the last meeting, what happened,
 * and what the group agreed about relapse and about stepping up care. Part of the meeting's row; all empty
 * (and the meeting without this section) in the other settings.
 */
@Embeddable
public class RelapseReview {

  /** Ja/nee; null when not answered. */
  @Column(name = "lapse_since_last_meeting")
  private Boolean lapseSinceLastMeeting;

  @Column(name = "lapse_description", columnDefinition = "text")
  private String lapseDescription;

  @Column(name = "relapse_agreements", columnDefinition = "text")
  private String relapseAgreements;

  @Column(name = "step_up_agreements", columnDefinition = "text")
  private String stepUpAgreements;

  protected RelapseReview() {
  }

  private RelapseReview(Boolean lapseSinceLastMeeting, String lapseDescription, String relapseAgreements,
      String stepUpAgreements) {
    this.lapseSinceLastMeeting = lapseSinceLastMeeting;
    this.lapseDescription = lapseDescription;
    this.relapseAgreements = relapseAgreements;
    this.stepUpAgreements = stepUpAgreements;
  }

  /** The review, or null when nothing of it was filled in. */
  static RelapseReview of(Boolean lapseSinceLastMeeting, String lapseDescription, String relapseAgreements,
      String stepUpAgreements) {
    RelapseReview review = new RelapseReview(lapseSinceLastMeeting, lapseDescription, relapseAgreements,
        stepUpAgreements);
    return review.isEmpty() ? null : review;
  }

  boolean isEmpty() {
    return lapseSinceLastMeeting == null && lapseDescription == null && relapseAgreements == null
        && stepUpAgreements == null;
  }

  public Boolean getLapseSinceLastMeeting() {
    return lapseSinceLastMeeting;
  }

  public String getLapseDescription() {
    return lapseDescription;
  }

  public String getRelapseAgreements() {
    return relapseAgreements;
  }

  public String getStepUpAgreements() {
    return stepUpAgreements;
  }
}
