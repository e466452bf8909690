package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.record.SubmittedForm;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.stereotype.Component;

/**
 * Records a meeting from the forms with which a meeting is held. Attendees and the "who" of an agreement
 * are names in the form; they are linked to the member of that name where there is one.
 */
@Component
class MeetingRecords implements FormDataHandler {

  private static final Map<String, MeetingType> FORMS = Map.of(
      "start-meeting", MeetingType.START,
      "follow-up-meeting", MeetingType.FOLLOW_UP,
      "theme-meeting", MeetingType.THEME,
      "handover-meeting", MeetingType.HANDOVER,
      "step-up-meeting", MeetingType.HANDOVER,
      "follow-up-meeting-addictionCare", MeetingType.FOLLOW_UP);

  private final Meetings meetings;
  private final MemberRepository members;
  private final TrajectoryService trajectories;

  MeetingRecords(Meetings meetings, MemberRepository members, TrajectoryService trajectories) {
    this.meetings = meetings;
    this.members = members;
    this.trajectories = trajectories;
  }

  @Override
  public Set<String> formIds() {
    return FORMS.keySet();
  }

  @Override
  public void handle(SubmittedForm form) {
    String date = form.text("meetingDate");
    LocalDate heldOn = date == null ? LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE) : SubmittedForm.parseDate(date);
    MeetingType type = FORMS.get(form.formId());
    Map<String, String> memberIdByName = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(form.trajectoryId())
        .stream().collect(Collectors.toMap(m -> m.getName().toLowerCase(), Member::getId, (a, b) -> a));
    Map<String, String> errors = new LinkedHashMap<>();
    List<Meetings.NewAgreement> agreements = agreements(form, memberIdByName, errors);
    MeetingDetails details = new MeetingDetails(type, heldOn, form.text("meetingLocation"),
        form.isTrue("responsibleClinicianPresent"), form.text("chairFormal"), form.text("chairInformal"),
        form.text("minuteTaker"), form.text("minutes"), attendance(form, type, memberIdByName, errors),
        relapseReview(form));
    MeetingRules.meeting(errors, details);
    if (!errors.isEmpty()) {
      throw new RecordRejected("De bijeenkomst", errors);
    }
    meetings.record(form.trajectoryId(), form.team(), details, agreements, form.submittedBy(), form.submittedAt(),
        form.formId() + "/" + form.taskDefinitionKey());
    if (type == MeetingType.START) {
      trajectories.recordStartMeeting(form.trajectoryId(), heldOn);
    }
  }

  /** The agreements of the form, each checked by the rules. */
  private static List<Meetings.NewAgreement> agreements(SubmittedForm form, Map<String, String> memberIdByName,
      Map<String, String> errors) {
    List<Map<String, Object>> rows = filledIn(form.rows("agreements"));
    List<Meetings.NewAgreement> agreements = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String who = text(row.get("who"));
      MeetingRules.agreement(errors, "agreements[" + i + "].", "Werkafspraak " + (i + 1), text(row.get("goal")), who,
          text(row.get("what")));
      agreements.add(new Meetings.NewAgreement(text(row.get("goal")), who,
          who == null ? null : memberIdByName.get(who.toLowerCase()), text(row.get("what")),
          SubmittedForm.parseDate(text(row.get("deadline")))));
    }
    return agreements;
  }

  /** Who attended, each with a name and a role, and in the group's own meetings members of the group. */
  private static List<MeetingDetails.Attendee> attendance(SubmittedForm form, MeetingType type,
      Map<String, String> memberIdByName, Map<String, String> errors) {
    List<Map<String, Object>> rows = filledIn(form.rows("attendance"));
    List<MeetingDetails.Attendee> attendance = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String name = text(rows.get(i).get("name"));
      String role = text(rows.get(i).get("role"));
      String memberId = name == null ? null : memberIdByName.get(name.toLowerCase());
      MeetingRules.attendee(errors, "attendance[" + i + "]", i + 1, name, role, type, memberId != null);
      attendance.add(new MeetingDetails.Attendee(name, role, memberId));
    }
    return attendance;
  }

  /** The section "Terugval en opschaling" (follow-up-meeting-addictionCare); null in the other forms. */
  private static RelapseReview relapseReview(SubmittedForm form) {
    Object lapse = form.values().get("lapseSinceLastMeeting");
    Boolean lapsed = lapse instanceof Boolean b ? b
        : "true".equals(lapse) ? Boolean.TRUE : "false".equals(lapse) ? Boolean.FALSE : null;
    return RelapseReview.of(lapsed, form.text("lapseDescription"), form.text("relapseAgreements"),
        form.text("stepUpAgreements"));
  }

  private static List<Map<String, Object>> filledIn(List<Map<String, Object>> rows) {
    return rows.stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()))
        .toList();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

}
