package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.record.RecordRejected;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.stereotype.Component;

/** Records a meeting from the forms with which a meeting is held. */
@Component
class MeetingRecords implements FormDataHandler {

  private static final Map<String, MeetingType> FORMS = Map.of(
      "start-meeting", MeetingType.START,
      "follow-up-meeting", MeetingType.FOLLOW_UP,
      "theme-meeting", MeetingType.THEME,
      "handover-meeting", MeetingType.HANDOVER,
      "follow-up-meeting-addictionCare", MeetingType.FOLLOW_UP);

  static final Set<String> GOALS = Set.of("shortTermGoal1", "shortTermGoal2", "shortTermGoal3", "longTermGoal1",
      "longTermGoal2", "other");

  private final MeetingRepository meetings;
  private final AgreementRepository agreements;
  private final MemberRepository members;
  private final TrajectoryService trajectories;

  MeetingRecords(MeetingRepository meetings, AgreementRepository agreements, MemberRepository members,
      TrajectoryService trajectories) {
    this.meetings = meetings;
    this.agreements = agreements;
    this.members = members;
    this.trajectories = trajectories;
  }

  @Override
  public Set<String> formIds() {
    return FORMS.keySet();
  }

  /**
   * The agreements of a meeting, checked before anything is stored: each names who, what and a goal of
   * the plan (the method's rule), and texts fit.
   */
  private static List<Map<String, Object>> checkedAgreements(SubmittedForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<Map<String, Object>> rows = form.rows("agreements").stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()))
        .toList();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String field = "agreements[" + i + "]";
      if (text(row.get("who")) == null) {
        errors.put(field + ".who", "Werkafspraak " + (i + 1) + ": vul in wie het doet");
      }
      if (text(row.get("what")) == null) {
        errors.put(field + ".what", "Werkafspraak " + (i + 1) + ": vul in wat er gebeurt");
      } else if (text(row.get("what")).length() > 4000) {
        errors.put(field + ".what", "Werkafspraak " + (i + 1) + ": maximaal 4000 tekens");
      }
      String goal = text(row.get("goal"));
      if (goal == null || !GOALS.contains(goal)) {
        errors.put(field + ".goal", "Werkafspraak " + (i + 1) + ": kies het doel waar de afspraak bij hoort");
      }
      if (text(row.get("who")) != null && text(row.get("who")).length() > 200) {
        errors.put(field + ".who", "Werkafspraak " + (i + 1) + ": de naam is te lang");
      }
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("De bijeenkomst", errors);
    }
    return rows;
  }

  /** Group roles whose people must be members of the group (nominated and interviewed) to attend. */
  static final Set<String> MEMBER_ROLES = Set.of("family", "significantOther", "professional", "peerExpert");

  /**
   * Who attended, checked before anything is stored: each row has a name and a role, and in the group's
   * own meetings (start and follow-up) family, naasten, professionals and peer experts are members of the
   * group: the method first nominates them and holds an in-depth interview.
   */
  private static List<Attendance> checkedAttendance(SubmittedForm form, MeetingType type,
      Map<String, String> memberIdByName) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<Attendance> attendance = new java.util.ArrayList<>();
    List<Map<String, Object>> rows = form.rows("attendance").stream()
        .filter(row -> row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()))
        .toList();
    boolean groupMeeting = type == MeetingType.START || type == MeetingType.FOLLOW_UP;
    for (int i = 0; i < rows.size(); i++) {
      String name = text(rows.get(i).get("name"));
      String role = text(rows.get(i).get("role"));
      String field = "attendance[" + i + "]";
      if (name == null || role == null) {
        errors.put(field, "Aanwezige " + (i + 1) + ": vul naam en rol in");
      } else if (name.length() > 200) {
        errors.put(field + ".name", "Aanwezige " + (i + 1) + ": de naam is te lang");
      } else if (groupMeeting && MEMBER_ROLES.contains(role) && !memberIdByName.containsKey(name.toLowerCase())) {
        errors.put(field + ".name", "Aanwezige " + (i + 1)
            + " is geen lid van de resourcegroep; nomineer hem of haar eerst (dan volgt een verdiepingsgesprek)");
      } else {
        attendance.add(new Attendance(name, role, memberIdByName.get(name.toLowerCase()), form.team()));
      }
    }
    if (!errors.isEmpty()) {
      throw new RecordRejected("De bijeenkomst", errors);
    }
    return attendance;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** The section "Terugval en opschaling", when the form has it and something was filled in. */
  private static Optional<RelapseReview> relapseReview(SubmittedForm form) {
    Object lapse = form.values().get("lapseSinceLastMeeting");
    Boolean lapsed = lapse instanceof Boolean b ? b
        : "true".equals(lapse) ? Boolean.TRUE : "false".equals(lapse) ? Boolean.FALSE : null;
    RelapseReview review = new RelapseReview(lapsed, form.text("lapseDescription"), form.text("relapseAgreements"),
        form.text("stepUpAgreements"));
    return review.isEmpty() ? Optional.empty() : Optional.of(review);
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  @Override
  public void handle(SubmittedForm form) {
    String date = form.text("meetingDate");
    LocalDate heldOn = date == null ? LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE) : date(date);
    MeetingType type = FORMS.get(form.formId());
    Map<String, String> memberIdByName = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(form.trajectoryId())
        .stream().collect(Collectors.toMap(m -> m.getName().toLowerCase(), Member::getId, (a, b) -> a));
    List<Map<String, Object>> newAgreements = checkedAgreements(form);
    List<Attendance> attendance = checkedAttendance(form, type, memberIdByName);
    Meeting meeting = meetings.save(new Meeting(form.trajectoryId(), form.team(), type, heldOn,
        form.text("meetingLocation"), form.isTrue("responsibleClinicianPresent"), form.text("chairFormal"),
        form.text("chairInformal"), form.text("minuteTaker"), form.text("minutes"), attendance));
    relapseReview(form).ifPresent(meeting::reviewRelapse);
    for (Map<String, Object> row : newAgreements) {
      String who = text(row.get("who"));
      agreements.save(new Agreement(form.trajectoryId(), form.team(), meeting.getId(), text(row.get("goal")), who,
          memberIdByName.get(who.toLowerCase()), text(row.get("what")), date(text(row.get("deadline"))),
          form.submittedAt()));
    }
    if (type == MeetingType.START) {
      trajectories.recordStartMeeting(form.trajectoryId(), heldOn);
    }
  }
}
