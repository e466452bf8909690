package nl.resourcegroepen.member;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.record.CareChanges.ChangeView;
import nl.resourcegroepen.trajectory.TrajectoryService;
import nl.resourcegroepen.trajectory.TrajectoryView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members of a trajectory's resource group, for the trajectory's team (the sociogram: {@link SociogramController}). */
@RestController
class MemberController {

  record MemberView(String id, String name, MemberRole role, String roleName, String relation, String contact,
      MemberStatus status, boolean interviewed, Instant nominatedAt, Instant respondedAt, Instant joinedAt,
      Instant leftAt, String createdBy, String updatedBy, Instant updatedAt) {
    static MemberView of(Member m) {
      return new MemberView(m.getId(), m.getName(), m.getRole(), m.getRole().dutchName(), m.getRelation(),
          m.getContact(), m.getStatus(),
          m.getJoinedAt() != null && !MemberRules.CARE_TEAM.contains(m.getRole()), m.getNominatedAt(),
          m.getRespondedAt(), m.getJoinedAt(), m.getLeftAt(), m.getCreatedBy(), m.getUpdatedBy(), m.getUpdatedAt());
    }
  }

  private final TrajectoryService trajectories;
  private final Membership membership;

  MemberController(TrajectoryService trajectories, Membership membership) {
    this.trajectories = trajectories;
    this.membership = membership;
  }

  @GetMapping("/api/trajectories/{id}/members")
  List<MemberView> members(@PathVariable String id, Principal user) {
    return membership.list(access(id, user).id()).stream().map(MemberView::of).toList();
  }

  @GetMapping("/api/trajectories/{id}/members/{memberId}")
  MemberView member(@PathVariable String id, @PathVariable String memberId, Principal user) {
    return MemberView.of(membership.get(access(id, user).id(), memberId));
  }

  @PostMapping("/api/trajectories/{id}/members")
  @ResponseStatus(HttpStatus.CREATED)
  MemberView add(@PathVariable String id, @Valid @RequestBody NewMember member, Principal user) {
    return MemberView.of(membership.add(access(id, user), member, user.getName()));
  }

  @PatchMapping("/api/trajectories/{id}/members/{memberId}")
  MemberView change(@PathVariable String id, @PathVariable String memberId,
      @Valid @RequestBody MemberChange change, Principal user) {
    return MemberView.of(membership.change(access(id, user).id(), memberId, change, user.getName()));
  }

  @GetMapping("/api/trajectories/{id}/members/{memberId}/history")
  List<ChangeView> history(@PathVariable String id, @PathVariable String memberId, Principal user) {
    return membership.history(access(id, user).id(), memberId);
  }

  private TrajectoryView access(String id, Principal user) {
    return trajectories.requireCareAccess(id, user.getName());
  }
}
