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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meetings a trajectory's resource group held, for the trajectory's team: read, recorded by hand
 * ({@code POST}) and corrected ({@code PUT}), each change kept in the meeting's history. Recording a start
 * meeting here does not complete the process's task for it.
 */
@RestController
@RequestMapping("/api/trajectories/{id}/meetings")
class MeetingController {

  record MeetingView(String id, MeetingType type, String typeName, LocalDate heldOn, String location,
      boolean responsibleClinicianPresent, String chairFormal, String chairInformal, String minuteTaker,
      String minutes, List<AttendeeView> attendance, RelapseReviewView relapseReview, String createdBy,
      Instant createdAt, String updatedBy, Instant updatedAt) {
    static MeetingView of(Meeting m) {
      return new MeetingView(m.getId(), m.getType(), m.getType().dutchName(), m.getHeldOn(), m.getLocation(),
          m.isResponsibleClinicianPresent(), m.getChairFormal(), m.getChairInformal(), m.getMinuteTaker(),
          m.getMinutes(), m.getAttendance().stream()
              .map(a -> new AttendeeView(a.getName(), a.getRole(), a.getMemberId())).toList(),
          m.getRelapseReview().map(RelapseReviewView::of).orElse(null),
          m.getCreatedBy(), m.getCreatedAt(), m.getUpdatedBy(), m.getUpdatedAt());
    }
  }

  /** Terugval en opschaling (verslavingszorg); absent for meetings without that section. */
  record RelapseReviewView(Boolean lapseSinceLastMeeting, String lapseDescription, String relapseAgreements,
      String stepUpAgreements) {
    static RelapseReviewView of(RelapseReview r) {
      return new RelapseReviewView(r.getLapseSinceLastMeeting(), r.getLapseDescription(), r.getRelapseAgreements(),
          r.getStepUpAgreements());
    }
  }

  record AttendeeView(String name, String role, String memberId) {
  }

  private final TrajectoryService trajectories;
  private final Meetings meetings;

  MeetingController(TrajectoryService trajectories, Meetings meetings) {
    this.trajectories = trajectories;
    this.meetings = meetings;
  }

  @GetMapping
  List<MeetingView> meetings(@PathVariable String id, Principal user) {
    return meetings.list(access(id, user).id()).stream().map(MeetingView::of).toList();
  }

  @GetMapping("/{meetingId}")
  MeetingView meeting(@PathVariable String id, @PathVariable String meetingId, Principal user) {
    return MeetingView.of(meetings.get(access(id, user).id(), meetingId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MeetingView create(@PathVariable String id, @Valid @RequestBody MeetingRequest meeting, Principal user) {
    return MeetingView.of(meetings.create(access(id, user), meeting, user.getName()));
  }

  @PutMapping("/{meetingId}")
  MeetingView correct(@PathVariable String id, @PathVariable String meetingId,
      @Valid @RequestBody MeetingRequest meeting, Principal user) {
    return MeetingView.of(meetings.correct(access(id, user), meetingId, meeting, user.getName()));
  }

  @GetMapping("/{meetingId}/history")
  List<ChangeView> history(@PathVariable String id, @PathVariable String meetingId, Principal user) {
    return meetings.meetingHistory(access(id, user).id(), meetingId);
  }

  private TrajectoryView access(String id, Principal user) {
    return trajectories.requireCareAccess(id, user.getName());
  }
}
