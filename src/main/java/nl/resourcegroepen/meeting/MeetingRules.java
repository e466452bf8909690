package nl.resourcegroepen.meeting;

import java.util.Map;
import java.util.Set;

/**
 * The rules for what is recorded of a meeting, the same for its form and the API: texts fit, an agreement
 * names who, what and a goal of the plan, and in the group's own meetings (start and follow-up) family,
 * naasten, professionals and peer experts attend only as members of the group (the method nominates
 * them first and holds an in-depth interview); "Terugval en opschaling" (verslavingszorg) only in a follow-up
 * meeting. Messages name fields and limits, never content.
 */
final class MeetingRules {

  /** The goals an agreement can be for: a slot of the plan, or something else. */
  static final Set<String> GOALS = Set.of("shortTermGoal1", "shortTermGoal2", "shortTermGoal3", "longTermGoal1",
      "longTermGoal2", "other");

  /** Group roles whose people must be members of the group to attend its own meetings. */
  static final Set<String> MEMBER_ROLES = Set.of("family", "significantOther", "professional", "peerExpert");

  static final int MAX_NAME = 200;
  static final int MAX_LOCATION = 400;
  static final int MAX_TEXT = 4000;
  static final int MAX_MINUTES = 20000;
  static final int MAX_ATTENDEES = 100;

  private MeetingRules() {
  }

  /** The texts of the meeting itself fit their columns. */
  static void meeting(Map<String, String> errors, MeetingDetails meeting) {
    tooLong(errors, "location", "Locatie", meeting.location(), MAX_LOCATION);
    tooLong(errors, "chairFormal", "Formele voorzitter", meeting.chairFormal(), MAX_NAME);
    tooLong(errors, "chairInformal", "Informele voorzitter", meeting.chairInformal(), MAX_NAME);
    tooLong(errors, "minuteTaker", "Notulist", meeting.minuteTaker(), MAX_NAME);
    tooLong(errors, "minutes", "Verslag", meeting.minutes(), MAX_MINUTES);
    if (meeting.attendance().size() > MAX_ATTENDEES) {
      errors.put("attendance", "Maximaal " + MAX_ATTENDEES + " aanwezigen");
    }
    RelapseReview review = meeting.relapseReview();
    if (review != null && !review.isEmpty()) {
      // The section of the verslavingszorg's follow-up meeting (follow-up-meeting-addictionCare).
      if (meeting.type() != MeetingType.FOLLOW_UP) {
        errors.put("relapseReview", "Terugval en opschaling hoort bij een vervolgbijeenkomst (FOLLOW_UP)");
      }
      tooLong(errors, "relapseReview.lapseDescription", "Wat er gebeurd is", review.getLapseDescription(), MAX_TEXT);
      tooLong(errors, "relapseReview.relapseAgreements", "Afspraken over terugval", review.getRelapseAgreements(),
          MAX_TEXT);
      tooLong(errors, "relapseReview.stepUpAgreements", "Afspraken over opschaling", review.getStepUpAgreements(),
          MAX_TEXT);
    }
  }

  /**
   * One attendee.
   *
   * @param number the attendee's number in the list, from 1
   * @param member whether the attendee is a member of the group
   */
  static void attendee(Map<String, String> errors, String field, int number, String name, String role,
      MeetingType type, boolean member) {
    boolean groupMeeting = type == MeetingType.START || type == MeetingType.FOLLOW_UP;
    if (name == null || role == null) {
      errors.put(field, "Aanwezige " + number + ": vul naam en rol in");
    } else if (name.length() > MAX_NAME) {
      errors.put(field + ".name", "Aanwezige " + number + ": de naam is te lang");
    } else if (groupMeeting && MEMBER_ROLES.contains(role) && !member) {
      errors.put(field + ".name", "Aanwezige " + number
          + " is geen lid van de resourcegroep; nomineer hem of haar eerst (dan volgt een verdiepingsgesprek)");
    }
  }

  /**
   * One agreement: who does what for which goal.
   *
   * @param label how the message names the agreement: "Werkafspraak 2"
   */
  static void agreement(Map<String, String> errors, String field, String label, String goal, String who,
      String what) {
    if (who == null) {
      errors.put(field + "who", label + ": vul in wie het doet");
    } else if (who.length() > MAX_NAME) {
      errors.put(field + "who", label + ": de naam is te lang");
    }
    if (what == null) {
      errors.put(field + "what", label + ": vul in wat er gebeurt");
    } else if (what.length() > MAX_TEXT) {
      errors.put(field + "what", label + ": maximaal " + MAX_TEXT + " tekens");
    }
    if (goal == null || !GOALS.contains(goal)) {
      errors.put(field + "goal", label + ": kies het doel waar de afspraak bij hoort");
    }
  }

  private static void tooLong(Map<String, String> errors, String field, String label, String value, int max) {
    if (value != null && value.length() > max) {
      errors.put(field, label + ": maximaal " + max + " tekens");
    }
  }
}
