package nl.resourcegroepen.document;

import java.util.List;
import java.util.Optional;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberStatus;
import nl.resourcegroepen.plan.PlanDocument;
import nl.resourcegroepen.plan.RecoveryPlans;
import nl.resourcegroepen.record.FormSubmissionRepository;
import nl.resourcegroepen.team.Team;
import nl.resourcegroepen.team.TeamRepository;
import nl.resourcegroepen.trajectory.TrajectoryService;
import nl.resourcegroepen.trajectory.TrajectoryView;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Printable documents of a trajectory, made from its care record: the plan as stored, the members, and
 * for the invitation letter the appointment entered in its form. Only
 * users of the client's team get them: others who may see the trajectory (managers) see it by pseudonym
 * only and get no care content.
 */
@Service
class Documents {

  /** A printed document: the PDF and the pseudonym for its file name (never the client's name). */
  record Pdf(byte[] content, String pseudonym) {
  }

  private final TrajectoryService trajectories;
  private final RecoveryPlans plans;
  private final FormSubmissionRepository submissions;
  private final MemberRepository members;
  private final TeamRepository teams;
  private final IdentityService identityService;

  Documents(TrajectoryService trajectories, RecoveryPlans plans, FormSubmissionRepository submissions,
      MemberRepository members, TeamRepository teams, IdentityService identityService) {
    this.trajectories = trajectories;
    this.plans = plans;
    this.submissions = submissions;
    this.members = members;
    this.teams = teams;
    this.identityService = identityService;
  }

  @Transactional(readOnly = true)
  public Pdf recoveryPlan(String trajectoryId, String userId) {
    TrajectoryView trajectory = readable(trajectoryId, userId);
    PlanDocument plan = plans.view(trajectoryId).plan();
    List<RecoveryPlanDocument.GroupMember> group = members.findByTrajectoryIdAndStatusOrderByNominatedAtAscIdAsc(
            trajectoryId, MemberStatus.ACTIVE).stream()
        .map(m -> new RecoveryPlanDocument.GroupMember(m.getName(), m.getRole(), m.getContact()))
        .toList();
    Optional<User> coordinator = user(trajectory.careCoordinator());
    byte[] pdf = RecoveryPlanDocument.render(new RecoveryPlanDocument.Data(trajectory.client().name(), plan, group,
        coordinator.map(Documents::fullName).orElse(null), coordinator.map(User::getEmail).orElse(null),
        EngineClock.now()));
    return new Pdf(pdf, trajectory.client().pseudonym());
  }

  @Transactional(readOnly = true)
  public Pdf invitationLetter(String trajectoryId, String memberId, String userId) {
    TrajectoryView trajectory = readable(trajectoryId, userId);
    Member member = members.findById(memberId)
        .filter(m -> m.getTrajectoryId().equals(trajectoryId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Dit lid bestaat niet of hoort niet bij dit traject"));
    RecordedValues letter = RecordedValues.of(submissions.findByTrajectoryIdAndMemberIdAndFormIdOrderBySubmittedAtAscIdAsc(
        trajectoryId, memberId, InvitationLetterDocument.FORM));
    // The coordinator's phone number, when known, is in the contact details of the recovery plan.
    String coordinatorPhone = plans.view(trajectoryId).plan().earlyWarningPlan().careCoordinatorPhone();
    Optional<User> coordinator = user(trajectory.careCoordinator());
    byte[] pdf = InvitationLetterDocument.render(new InvitationLetterDocument.Data(
        member.getName(), trajectory.client().name(),
        letter.text("interviewDate"), letter.text("interviewTime"), letter.text("interviewLocation"),
        letter.text("letterSentDate"),
        coordinator.map(Documents::fullName).orElse(trajectory.careCoordinator()),
        coordinator.map(User::getEmail).orElse(null),
        coordinatorPhone,
        teams.findById(trajectory.team()).map(Team::getName).orElse(null),
        EngineClock.now()));
    return new Pdf(pdf, trajectory.client().pseudonym());
  }

  private TrajectoryView readable(String trajectoryId, String userId) {
    return trajectories.requireCareAccess(trajectoryId, userId);
  }

  private Optional<User> user(String userId) {
    return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
