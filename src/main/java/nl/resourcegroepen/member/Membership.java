package nl.resourcegroepen.member;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.engine.EngineClock;
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
 * Who is in a trajectory's resource group, from the forms (nominations, responses, interviews) and the
 * API (added by hand, left, back, new contact details), with a history of every change. Access is
 * checked by the caller.
 */
@Service
class Membership {

  static final String MEMBER = "member";

  private final MemberRepository members;
  private final CareChanges changes;

  Membership(MemberRepository members, CareChanges changes) {
    this.members = members;
    this.changes = changes;
  }

  @Transactional(readOnly = true)
  public List<Member> list(String trajectoryId) {
    return members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectoryId);
  }

  @Transactional(readOnly = true)
  public Member get(String trajectoryId, String memberId) {
    return member(trajectoryId, memberId);
  }

  /** A member added by hand; the name must be new in the group. */
  @Transactional
  public Member add(TrajectoryView trajectory, NewMember request, String by) {
    String name = request.name().strip();
    if (memberNames(trajectory.id()).contains(name.toLowerCase(Locale.ROOT))) {
      throw problem(HttpStatus.CONFLICT, "Er is al een lid met deze naam in deze resourcegroep");
    }
    boolean careTeam = MemberRules.CARE_TEAM.contains(request.role());
    MemberStatus status = request.status() != null ? request.status()
        : careTeam ? MemberStatus.ACTIVE : MemberStatus.NOMINATED;
    if (status != MemberStatus.ACTIVE && status != MemberStatus.NOMINATED) {
      throw new RecordRejected("Het lid", Map.of("status", "Een nieuw lid is ACTIVE (in de groep) of NOMINATED "
          + "(genomineerd)"));
    }
    if (status == MemberStatus.ACTIVE && !careTeam) {
      throw new RecordRejected(HttpStatus.UNPROCESSABLE_ENTITY, "Het lid", Map.of("status",
          "Familie, naasten, professionals en ervaringsdeskundigen worden lid na het verdiepingsgesprek; "
              + "voeg hem of haar toe als genomineerde (NOMINATED)"));
    }
    return nominate(trajectory.id(), trajectory.team(), name, request.role(), text(request.relation()),
        text(request.contact()), status, by, EngineClock.now(), CareChanges.API);
  }

  /** Leaves the group or comes back, new contact details, or a new name (unique in the group). */
  @Transactional
  public Member change(String trajectoryId, String memberId, MemberChange change, String by) {
    Member member = member(trajectoryId, memberId);
    String name = change.name() == null ? null : change.name().strip();
    if (name != null && name.isEmpty()) {
      throw new RecordRejected("Het lid", Map.of("name", "Vul de naam in"));
    }
    // Meeting forms find members by name: two members with one name cannot be told apart.
    if (name != null && members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectoryId).stream()
        .anyMatch(m -> !m.getId().equals(memberId) && m.getName().equalsIgnoreCase(name))) {
      throw problem(HttpStatus.CONFLICT, "Er is al een lid met deze naam in deze resourcegroep");
    }
    Map<String, String> before = member.fields();
    Instant at = EngineClock.now();
    if (change.status() != null) {
      switch (change.status()) {
        case LEFT -> member.leave(at);
        case ACTIVE -> {
          if (member.getJoinedAt() == null) {
            throw problem(HttpStatus.UNPROCESSABLE_ENTITY,
                "Een genomineerde wordt lid na het verdiepingsgesprek, niet met de hand");
          }
          member.activate(at);
        }
        default -> throw problem(HttpStatus.BAD_REQUEST, "Alleen LEFT (gestopt) of ACTIVE (weer lid) kan hier");
      }
    }
    if (change.contact() != null) {
      member.contact(text(change.contact()));
    }
    if (name != null) {
      member.rename(name);
    }
    member.touch(by, at);
    changes.record(change(member, by, at, CareChanges.API), before, member.fields());
    return member;
  }

  @Transactional(readOnly = true)
  public List<ChangeView> history(String trajectoryId, String memberId) {
    return changes.history(trajectoryId, MEMBER, member(trajectoryId, memberId).getId());
  }

  // ---- from the forms, in the transaction of the task completion

  /** The members' names in lower case: one query for a whole nomination form. */
  Set<String> memberNames(String trajectoryId) {
    return members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectoryId).stream()
        .map(m -> m.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
  }

  @Transactional
  Member nominate(String trajectoryId, String team, String name, MemberRole role, String relation, String contact,
      MemberStatus status, String by, Instant at, String source) {
    Member member = members.save(new Member(trajectoryId, team, name, role, relation, contact, status, by, at));
    changes.record(change(member, by, at, source), Map.of(), member.fields());
    return member;
  }

  @Transactional
  void respond(String memberId, boolean accepted, String by, Instant at, String source) {
    Member member = byId(memberId);
    Map<String, String> before = member.fields();
    member.respond(accepted, at);
    changes.record(change(member, by, at, source), before, member.fields());
  }

  @Transactional
  void activate(String memberId, String by, Instant at, String source) {
    Member member = byId(memberId);
    Map<String, String> before = member.fields();
    member.activate(at);
    changes.record(change(member, by, at, source), before, member.fields());
  }

  private Member byId(String memberId) {
    if (memberId == null) {
      throw new IllegalStateException("Dit formulier hoort bij een lid, maar er is geen memberId");
    }
    return members.findById(memberId).orElseThrow(() -> new IllegalStateException("Onbekend lid " + memberId));
  }

  private Member member(String trajectoryId, String memberId) {
    return members.findById(memberId).filter(m -> m.getTrajectoryId().equals(trajectoryId))
        .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Dit lid bestaat niet of hoort niet bij dit traject"));
  }

  private static Change change(Member member, String by, Instant at, String source) {
    return new Change(member.getTrajectoryId(), member.getTeam(), MEMBER, member.getId(), by, at, source);
  }

  private static ErrorResponseException problem(HttpStatus status, String detail) {
    return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
