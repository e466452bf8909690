package nl.resourcegroepen.meeting;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The meetings a trajectory's resource group held, for the trajectory's team. */
@RestController
class MeetingController {

  record MeetingView(String id, MeetingType type, String typeName, LocalDate heldOn, String location,
      boolean responsibleClinicianPresent, String chairFormal, String chairInformal, String minuteTaker,
      String minutes, List<AttendeeView> attendance, RelapseReviewView relapseReview) {
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
  private final MeetingRepository meetings;

  MeetingController(TrajectoryService trajectories, MeetingRepository meetings) {
    this.trajectories = trajectories;
    this.meetings = meetings;
  }

  @GetMapping("/api/trajectories/{id}/meetings")
  @Transactional(readOnly = true)
  List<MeetingView> meetings(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return meetings.findByTrajectoryIdOrderByHeldOnAsc(id).stream()
        .map(m -> new MeetingView(m.getId(), m.getType(), m.getType().dutchName(), m.getHeldOn(), m.getLocation(),
            m.isResponsibleClinicianPresent(), m.getChairFormal(), m.getChairInformal(), m.getMinuteTaker(),
            m.getMinutes(), m.getAttendance().stream()
                .map(a -> new AttendeeView(a.getName(), a.getRole(), a.getMemberId())).toList(),
            m.getRelapseReview().map(RelapseReviewView::of).orElse(null)))
        .toList();
  }
}
