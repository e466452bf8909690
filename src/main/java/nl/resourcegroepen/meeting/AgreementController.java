package nl.resourcegroepen.meeting;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working agreements of a trajectory: made in a meeting ({@code POST}), reviewed at the next meeting
 * or corrected ({@code PATCH}), each change kept in the agreement's history.
 */
@RestController
@RequestMapping("/api/trajectories/{id}/agreements")
class AgreementController {

  record AgreementView(String id, String meetingId, String goal, String who, String memberId, String what,
      LocalDate dueOn, AgreementStatus status, String statusName, String reviewedInMeetingId, String createdBy,
      Instant createdAt, String updatedBy, Instant updatedAt) {
    static AgreementView of(Agreement a) {
      return new AgreementView(a.getId(), a.getMeetingId(), a.getGoal(), a.getWho(), a.getMemberId(), a.getWhat(),
          a.getDueOn(), a.getStatus(), a.getStatus().dutchName(), a.getReviewedInMeetingId(), a.getCreatedBy(),
          a.getCreatedAt(), a.getUpdatedBy(), a.getUpdatedAt());
    }
  }

  private final TrajectoryService trajectories;
  private final Meetings meetings;

  AgreementController(TrajectoryService trajectories, Meetings meetings) {
    this.trajectories = trajectories;
    this.meetings = meetings;
  }

  @GetMapping
  List<AgreementView> list(@PathVariable String id, Principal user) {
    return meetings.agreements(access(id, user).id()).stream().map(AgreementView::of).toList();
  }

  @GetMapping("/{agreementId}")
  AgreementView agreement(@PathVariable String id, @PathVariable String agreementId, Principal user) {
    return AgreementView.of(meetings.agreement(access(id, user).id(), agreementId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AgreementView create(@PathVariable String id, @Valid @RequestBody AgreementRequest agreement, Principal user) {
    return AgreementView.of(meetings.createAgreement(access(id, user), agreement, user.getName()));
  }

  @PatchMapping("/{agreementId}")
  AgreementView change(@PathVariable String id, @PathVariable String agreementId,
      @Valid @RequestBody AgreementChange change, Principal user) {
    return AgreementView.of(meetings.changeAgreement(access(id, user), agreementId, change, user.getName()));
  }

  @GetMapping("/{agreementId}/history")
  List<ChangeView> history(@PathVariable String id, @PathVariable String agreementId, Principal user) {
    return meetings.agreementHistory(access(id, user).id(), agreementId);
  }

  private TrajectoryView access(String id, Principal user) {
    return trajectories.requireCareAccess(id, user.getName());
  }
}
