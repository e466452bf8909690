package nl.resourcegroepen.member;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The members of a trajectory's resource group, for the trajectory's team. */
@RestController
class MemberController {

  record MemberView(String id, String name, MemberRole role, String roleName, String relation, String contact,
      MemberStatus status, boolean interviewed, Instant nominatedAt, Instant respondedAt) {
  }

  record SociogramPersonView(String name, String relationDescription, String relationType, String closeness,
      String meaning, boolean possibleMember, Instant drawnAt) {
  }

  private final TrajectoryService trajectories;
  private final MemberRepository members;
  private final SociogramRepository sociogram;

  MemberController(TrajectoryService trajectories, MemberRepository members, SociogramRepository sociogram) {
    this.trajectories = trajectories;
    this.members = members;
    this.sociogram = sociogram;
  }

  @GetMapping("/api/trajectories/{id}/sociogram")
  @Transactional(readOnly = true)
  List<SociogramPersonView> sociogram(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return sociogram.findByTrajectoryIdOrderByNameAsc(id).stream()
        .map(p -> new SociogramPersonView(p.getName(), p.getRelationDescription(), p.getRelationType(),
            p.getCloseness(), p.getMeaning(), p.isPossibleMember(), p.getDrawnAt()))
        .toList();
  }

  @GetMapping("/api/trajectories/{id}/members")
  @Transactional(readOnly = true)
  List<MemberView> members(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(id).stream()
        .map(m -> new MemberView(m.getId(), m.getName(), m.getRole(), m.getRole().dutchName(), m.getRelation(),
            m.getContact(), m.getStatus(), m.getStatus() == MemberStatus.ACTIVE, m.getNominatedAt(),
            m.getRespondedAt()))
        .toList();
  }
}
