package nl.resourcegroepen.member;

import java.security.Principal;
import nl.resourcegroepen.engine.EngineClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
      MemberStatus status, boolean interviewed, Instant nominatedAt, Instant respondedAt, Instant joinedAt,
      Instant leftAt) {
    static MemberView of(Member m) {
      return new MemberView(m.getId(), m.getName(), m.getRole(), m.getRole().dutchName(), m.getRelation(),
          m.getContact(), m.getStatus(),
          m.getJoinedAt() != null && m.getRole() != MemberRole.RESPONSIBLE_CLINICIAN, m.getNominatedAt(),
          m.getRespondedAt(),
          m.getJoinedAt(), m.getLeftAt());
    }
  }

  /**
   * A change to a member: leaves the group, or comes back; new contact details; the name (e.g. of a peer
   * expert proposed before the team knew who).
   */
  record MemberChange(MemberStatus status,
      @jakarta.validation.constraints.Size(max = 400, message = "Contactgegevens: maximaal 400 tekens") String contact,
      @jakarta.validation.constraints.Size(max = 200, message = "Naam: maximaal 200 tekens") String name) {
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
        .map(MemberView::of)
        .toList();
  }

  @PatchMapping("/api/trajectories/{id}/members/{memberId}")
  @Transactional
  MemberView change(@PathVariable String id, @PathVariable String memberId,
      @jakarta.validation.Valid @RequestBody MemberChange change, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    Member member = members.findById(memberId).filter(m -> m.getTrajectoryId().equals(id)).orElseThrow(() ->
        problem(HttpStatus.NOT_FOUND, "Dit lid bestaat niet of hoort niet bij dit traject"));
    if (change.name() != null && change.name().isBlank()) {
      throw problem(HttpStatus.BAD_REQUEST, "Vul een naam in");
    }
    // Meetings find members by name: two members with one name cannot be told apart.
    if (change.name() != null && members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(id).stream()
        .anyMatch(m -> !m.getId().equals(memberId) && m.getName().equalsIgnoreCase(change.name().trim()))) {
      throw problem(HttpStatus.CONFLICT, "Er is al een lid met deze naam in de resourcegroep");
    }
    if (change.status() != null) {
      switch (change.status()) {
        case LEFT -> member.leave(EngineClock.now());
        case ACTIVE -> {
          if (member.getJoinedAt() == null) {
            throw problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "Een genomineerde wordt lid na het verdiepingsgesprek, niet met de hand");
          }
          member.activate(EngineClock.now());
        }
        default -> throw problem(HttpStatus.BAD_REQUEST, "Alleen LEFT (gestopt) of ACTIVE (weer lid) kan hier");
      }
    }
    if (change.name() != null) {
      member.rename(change.name().trim());
    }
    if (change.contact() != null) {
      member.contact(change.contact().isBlank() ? null : change.contact().trim());
    }
    return MemberView.of(member);
  }

  private static ErrorResponseException problem(HttpStatus status, String detail) {
    return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }
}
