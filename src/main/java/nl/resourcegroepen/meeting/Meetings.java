package nl.resourcegroepen.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberRole;
import nl.resourcegroepen.plan.PlanDocument;
import nl.resourcegroepen.plan.RecoveryPlans;
import nl.resourcegroepen.record.CareChanges;
import nl.resourcegroepen.record.CareChanges.Change;
import nl.resourcegroepen.record.CareChanges.ChangeView;
import nl.resourcegroepen.record.RecordRejected;
import nl.resourcegroepen.trajectory.TrajectoryView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Keeps the meetings of a trajectory and the agreements made in them, from the meeting forms and the API
 * alike, with a history of every change ({@link CareChanges}). The rules are checked before anything is
 * written ({@link MeetingRules}); through the API, ids in a request must belong to the trajectory (422
 * otherwise), ids in the path too (404). Access is checked by the caller.
 */
@Service
class Meetings {

  static final String MEETING = "meeting";
  static final String AGREEMENT = "agreement";

  /** A new agreement, as the form or the API gives it. */
  record NewAgreement(String goal, String who, String memberId, String what, LocalDate dueOn) {
  }

  private final MeetingRepository meetings;
  private final AgreementRepository agreements;
  private final MemberRepository members;
  private final RecoveryPlans plans;
  private final CareChanges changes;

  Meetings(MeetingRepository meetings, AgreementRepository agreements, MemberRepository members,
      RecoveryPlans plans, CareChanges changes) {
    this.meetings = meetings;
    this.agreements = agreements;
    this.members = members;
    this.plans = plans;
    this.changes = changes;
  }

  /**
   * Records a meeting with the agreements made in it; both have been checked by the caller. Runs in the
   * caller's transaction (the task completion) or its own.
   */
  @Transactional
  public Meeting record(String trajectoryId, String team, MeetingDetails details, List<NewAgreement> made,
      String by, Instant at, String source) {
    Meeting meeting = meetings.save(new Meeting(trajectoryId, team, details, by, at));
    changes.record(change(meeting, by, at, source), Map.of(), meeting.fields());
    for (NewAgreement a : made) {
      Agreement agreement = agreements.save(new Agreement(trajectoryId, team, meeting.getId(), a.goal(), a.who(),
          a.memberId(), a.what(), a.dueOn(), by, at));
      changes.record(change(agreement, by, at, source), Map.of(), agreement.fields());
    }
    return meeting;
  }

  // ---- meetings through the API

  @Transactional(readOnly = true)
  public List<Meeting> list(String trajectoryId) {
    return meetings.findByTrajectoryIdOrderByHeldOnAsc(trajectoryId);
  }

  @Transactional(readOnly = true)
  public Meeting get(String trajectoryId, String meetingId) {
    return meeting(trajectoryId, meetingId);
  }

  @Transactional
  public Meeting create(TrajectoryView trajectory, MeetingRequest request, String by) {
    MeetingDetails details = checked(trajectory, request);
    return record(trajectory.id(), trajectory.team(), details, List.of(), by, EngineClock.now(), CareChanges.API);
  }

  /** Replaces what is recorded of a meeting; the history keeps what it was. */
  @Transactional
  public Meeting correct(TrajectoryView trajectory, String meetingId, MeetingRequest request, String by) {
    Meeting meeting = meeting(trajectory.id(), meetingId);
    MeetingDetails details = checked(trajectory, request);
    Map<String, String> before = meeting.fields();
    Instant at = EngineClock.now();
    meeting.correct(details, by, at);
    changes.record(change(meeting, by, at, CareChanges.API), before, meeting.fields());
    return meeting;
  }

  @Transactional(readOnly = true)
  public List<ChangeView> meetingHistory(String trajectoryId, String meetingId) {
    return changes.history(trajectoryId, MEETING, meeting(trajectoryId, meetingId).getId());
  }

  // ---- agreements through the API

  @Transactional(readOnly = true)
  public List<Agreement> agreements(String trajectoryId) {
    return agreements.findByTrajectoryIdOrderByCreatedAtAscIdAsc(trajectoryId);
  }

  @Transactional(readOnly = true)
  public Agreement agreement(String trajectoryId, String agreementId) {
    return agreements.findByIdAndTrajectoryId(agreementId, trajectoryId)
        .orElseThrow(() -> notFound("Deze werkafspraak bestaat niet in dit traject"));
  }

  @Transactional
  public Agreement createAgreement(TrajectoryView trajectory, AgreementRequest request, String by) {
    Map<String, String> unknown = new LinkedHashMap<>();
    Optional<Meeting> meeting = known(trajectory.id(), request.meetingId(), "meetingId", unknown);
    Optional<Member> member = knownMember(trajectory.id(), request.memberId(), unknown);
    knownGoal(trajectory.id(), request.goal(), unknown);
    if (!unknown.isEmpty()) {
      throw new RecordRejected(HttpStatus.UNPROCESSABLE_ENTITY, "De werkafspraak", unknown);
    }
    NewAgreement agreement = checkedAgreement(request.goal(), member.orElseThrow(), request.what(), request.dueOn());
    Instant at = EngineClock.now();
    Agreement saved = agreements.save(new Agreement(trajectory.id(), trajectory.team(), meeting.orElseThrow().getId(),
        agreement.goal(), agreement.who(), agreement.memberId(), agreement.what(), agreement.dueOn(), by, at));
    changes.record(change(saved, by, at, CareChanges.API), Map.of(), saved.fields());
    return saved;
  }

  /** The review of an agreement in a meeting, or a correction; what the change leaves out stays. */
  @Transactional
  public Agreement changeAgreement(TrajectoryView trajectory, String agreementId, AgreementChange change,
      String by) {
    Agreement agreement = agreement(trajectory.id(), agreementId);
    if (change.isEmpty()) {
      throw new RecordRejected("De werkafspraak", Map.of("status",
          "Geef aan wat er verandert: status (OPEN, DONE of DROPPED), reviewedInMeetingId, memberId, goal, what "
              + "of dueOn"));
    }
    Map<String, String> unknown = new LinkedHashMap<>();
    Optional<Meeting> reviewedIn = change.reviewedInMeetingId() == null ? Optional.empty()
        : known(trajectory.id(), change.reviewedInMeetingId(), "reviewedInMeetingId", unknown);
    Optional<Member> member = change.memberId() == null ? Optional.empty()
        : knownMember(trajectory.id(), change.memberId(), unknown);
    if (change.goal() != null) {
      knownGoal(trajectory.id(), change.goal(), unknown);
    }
    if (!unknown.isEmpty()) {
      throw new RecordRejected(HttpStatus.UNPROCESSABLE_ENTITY, "De werkafspraak", unknown);
    }
    Map<String, String> before = agreement.fields();
    if (member.isPresent() || change.goal() != null || change.what() != null || change.dueOn() != null) {
      String what = change.what() == null ? agreement.getWhat() : text(change.what());
      String goal = change.goal() == null ? agreement.getGoal() : change.goal();
      NewAgreement corrected = member.isPresent()
          ? checkedAgreement(goal, member.get(), what, change.dueOn() == null ? agreement.getDueOn() : change.dueOn())
          : checkedAgreement(goal, agreement.getWho(), agreement.getMemberId(), what,
              change.dueOn() == null ? agreement.getDueOn() : change.dueOn());
      agreement.correct(corrected.goal(), corrected.who(), corrected.memberId(), corrected.what(), corrected.dueOn());
    }
    if (change.status() != null || reviewedIn.isPresent()) {
      agreement.review(change.status() == null ? agreement.getStatus() : change.status(),
          reviewedIn.map(Meeting::getId).orElse(null));
    }
    Instant at = EngineClock.now();
    agreement.touch(by, at);
    changes.record(change(agreement, by, at, CareChanges.API), before, agreement.fields());
    return agreement;
  }

  @Transactional(readOnly = true)
  public List<ChangeView> agreementHistory(String trajectoryId, String agreementId) {
    return changes.history(trajectoryId, AGREEMENT, agreement(trajectoryId, agreementId).getId());
  }

  // ---- checks

  /** The request as meeting details: every attendee a member of this trajectory, and the rules kept. */
  private MeetingDetails checked(TrajectoryView trajectory, MeetingRequest request) {
    Map<String, String> unknown = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    List<MeetingDetails.Attendee> attendance = new ArrayList<>();
    if (Boolean.TRUE.equals(request.clientPresent())) {
      attendance.add(new MeetingDetails.Attendee(trajectory.client().name(), MemberRole.CLIENT.code(), null));
    }
    boolean clinicianAttended = false;
    List<String> ids = request.attendance() == null ? List.of() : request.attendance();
    Set<String> seen = new HashSet<>();
    Map<String, Member> groupById = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectory.id()).stream()
        .collect(Collectors.toMap(Member::getId, m -> m));
    for (int i = 0; i < ids.size(); i++) {
      String field = "attendance[" + i + "]";
      Optional<Member> member = Optional.ofNullable(groupById.get(ids.get(i)));
      if (member.isEmpty()) {
        unknown.put(field, "Aanwezige " + (i + 1) + " is geen lid van deze resourcegroep; voeg het lid eerst toe");
      } else if (!seen.add(member.get().getId())) {
        errors.put(field, "Aanwezige " + (i + 1) + " staat er twee keer in");
      } else {
        Member m = member.get();
        MeetingRules.attendee(errors, field, i + 1, m.getName(), m.getRole().code(), request.type(), true);
        attendance.add(new MeetingDetails.Attendee(m.getName(), m.getRole().code(), m.getId()));
        clinicianAttended |= m.getRole() == MemberRole.RESPONSIBLE_CLINICIAN;
      }
    }
    if (!unknown.isEmpty()) {
      throw new RecordRejected(HttpStatus.UNPROCESSABLE_ENTITY, "De bijeenkomst", unknown);
    }
    MeetingDetails details = new MeetingDetails(request.type(), request.heldOn(), text(request.location()),
        request.responsibleClinicianPresent() == null ? clinicianAttended : request.responsibleClinicianPresent(),
        text(request.chairFormal()), text(request.chairInformal()), text(request.minuteTaker()),
        text(request.minutes()), attendance, relapseReview(request.relapseReview()));
    MeetingRules.meeting(errors, details);
    if (!errors.isEmpty()) {
      throw new RecordRejected("De bijeenkomst", errors);
    }
    return details;
  }

  /** The section "Terugval en opschaling", or null when nothing of it was filled in. */
  private static RelapseReview relapseReview(MeetingRequest.RelapseReviewRequest request) {
    return request == null ? null : RelapseReview.of(request.lapseSinceLastMeeting(), text(request.lapseDescription()),
        text(request.relapseAgreements()), text(request.stepUpAgreements()));
  }

  private NewAgreement checkedAgreement(String goal, Member member, String what, LocalDate dueOn) {
    return checkedAgreement(goal, member.getName(), member.getId(), what, dueOn);
  }

  private static NewAgreement checkedAgreement(String goal, String who, String memberId, String what,
      LocalDate dueOn) {
    Map<String, String> errors = new LinkedHashMap<>();
    MeetingRules.agreement(errors, "", "Werkafspraak", goal, who, text(what));
    if (!errors.isEmpty()) {
      throw new RecordRejected("De werkafspraak", errors);
    }
    return new NewAgreement(goal, who, memberId, text(what), dueOn);
  }

  private Optional<Meeting> known(String trajectoryId, String meetingId, String field, Map<String, String> unknown) {
    Optional<Meeting> meeting = meetings.findById(meetingId).filter(m -> m.getTrajectoryId().equals(trajectoryId));
    if (meeting.isEmpty()) {
      unknown.put(field, "Deze bijeenkomst bestaat niet in dit traject");
    }
    return meeting;
  }

  private Optional<Member> knownMember(String trajectoryId, String memberId, Map<String, String> unknown) {
    Optional<Member> member = members.findById(memberId).filter(m -> m.getTrajectoryId().equals(trajectoryId));
    if (member.isEmpty()) {
      unknown.put("memberId", "Dit lid hoort niet bij deze resourcegroep; voeg het lid eerst toe");
    }
    return member;
  }

  /** A goal the plan has (or "other"): an agreement supports a goal that exists. */
  private void knownGoal(String trajectoryId, String goal, Map<String, String> unknown) {
    if (!MeetingRules.GOALS.contains(goal)) {
      unknown.put("goal", "Onbekend doel; kies shortTermGoal1, 2 of 3, longTermGoal1 of 2, of other");
      return;
    }
    PlanDocument plan = plans.view(trajectoryId).plan();
    boolean exists = goal.equals("other")
        || plan.shortTermGoals().stream().anyMatch(g -> goal.equals("shortTermGoal" + g.slot()))
        || plan.longTermGoals().stream().anyMatch(g -> goal.equals("longTermGoal" + g.slot()));
    if (!exists) {
      unknown.put("goal", "Het resourcegroepplan heeft dit doel (nog) niet; vul het eerst in het plan in");
    }
  }

  private Meeting meeting(String trajectoryId, String meetingId) {
    return meetings.findById(meetingId).filter(m -> m.getTrajectoryId().equals(trajectoryId))
        .orElseThrow(() -> notFound("Deze bijeenkomst bestaat niet in dit traject"));
  }

  private static Change change(Meeting meeting, String by, Instant at, String source) {
    return new Change(meeting.getTrajectoryId(), meeting.getTeam(), MEETING, meeting.getId(), by, at, source);
  }

  private static Change change(Agreement agreement, String by, Instant at, String source) {
    return new Change(agreement.getTrajectoryId(), agreement.getTeam(), AGREEMENT, agreement.getId(), by, at,
        source);
  }

  private static ErrorResponseException notFound(String detail) {
    return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        detail), null);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
