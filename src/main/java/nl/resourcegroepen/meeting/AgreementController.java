package nl.resourcegroepen.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The working agreements of a trajectory, and their review (done, dropped) at the next meeting. */
@RestController
class AgreementController {

  record AgreementView(String id, String meetingId, String goal, String who, String memberId, String what,
      LocalDate dueOn, AgreementStatus status, String statusName, String updatedBy, Instant updatedAt) {
    static AgreementView of(Agreement a) {
      return new AgreementView(a.getId(), a.getMeetingId(), a.getGoal(), a.getWho(), a.getMemberId(), a.getWhat(),
          a.getDueOn(), a.getStatus(), a.getStatus().dutchName(), a.getUpdatedBy(), a.getUpdatedAt());
    }
  }

  record Review(@NotNull(message = "Kies de stand van de afspraak: OPEN, DONE of DROPPED") AgreementStatus status) {
  }

  private final TrajectoryService trajectories;
  private final AgreementRepository agreements;

  AgreementController(TrajectoryService trajectories, AgreementRepository agreements) {
    this.trajectories = trajectories;
    this.agreements = agreements;
  }

  @GetMapping("/api/trajectories/{id}/agreements")
  @Transactional(readOnly = true)
  List<AgreementView> list(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return agreements.findByTrajectoryIdOrderByCreatedAtAscIdAsc(id).stream().map(AgreementView::of).toList();
  }

  @PatchMapping("/api/trajectories/{id}/agreements/{agreementId}")
  @Transactional
  AgreementView review(@PathVariable String id, @PathVariable String agreementId, @Valid @RequestBody Review review,
      Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    Agreement agreement = agreements.findByIdAndTrajectoryId(agreementId, id).orElseThrow(() ->
        new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            "Deze werkafspraak bestaat niet in dit traject"), null));
    agreement.review(review.status(), user.getName(), EngineClock.now());
    return AgreementView.of(agreement);
  }
}
