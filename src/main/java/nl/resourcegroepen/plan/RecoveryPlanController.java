package nl.resourcegroepen.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.trajectory.TrajectoryService;
import nl.resourcegroepen.trajectory.TrajectoryView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recovery plan of a trajectory, and its signaleringsplan on its own. Only users of the client's team see or change it: others get 404
 * (trajectory not visible) or 403 (visible, like for a manager, but the plan is care content).
 */
@RestController
@RequestMapping("/api/trajectories/{id}")
class RecoveryPlanController {

  private final TrajectoryService trajectories;
  private final RecoveryPlans plans;

  RecoveryPlanController(TrajectoryService trajectories, RecoveryPlans plans) {
    this.trajectories = trajectories;
    this.plans = plans;
  }

  /** The signaleringsplan on its own: the part of the plan a crisis service or the client's family needs. */
  record EarlyWarningPlanView(String trajectoryId, Instant updatedAt, String updatedBy,
      @JsonUnwrapped PlanDocument.EarlyWarningPlanDocument earlyWarningPlan) {
    static EarlyWarningPlanView of(PlanView plan) {
      return new EarlyWarningPlanView(plan.trajectoryId(), plan.updatedAt(), plan.updatedBy(),
          plan.plan().earlyWarningPlan());
    }
  }

  @GetMapping("/plan")
  PlanView get(@PathVariable String id, Principal user) {
    return plans.view(access(id, user).id());
  }

  @PutMapping("/plan")
  PlanView replace(@PathVariable String id, @Valid @RequestBody PlanDocument plan, Principal user) {
    TrajectoryView trajectory = access(id, user);
    return plans.replace(trajectory.id(), trajectory.team(), plan, user.getName());
  }

  @GetMapping("/plan/history")
  List<RevisionView> history(@PathVariable String id, @RequestParam(required = false) String field, Principal user) {
    return plans.history(access(id, user).id(), field);
  }

  @GetMapping("/early-warning-plan")
  EarlyWarningPlanView earlyWarningPlan(@PathVariable String id, Principal user) {
    return EarlyWarningPlanView.of(plans.view(access(id, user).id()));
  }

  /** Replaces the signaleringsplan (a field left out is cleared); the goals and the group stay. */
  @PutMapping("/early-warning-plan")
  EarlyWarningPlanView replaceEarlyWarningPlan(@PathVariable String id,
      @Valid @RequestBody PlanDocument.EarlyWarningPlanDocument earlyWarningPlan, Principal user) {
    TrajectoryView trajectory = access(id, user);
    return EarlyWarningPlanView.of(plans.replaceEarlyWarningPlan(trajectory.id(), trajectory.team(),
        earlyWarningPlan, user.getName()));
  }

  /** Two changes at the same moment: the second is refused rather than overwriting the first unseen. */
  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
  ResponseEntity<ProblemDetail> conflict() {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Het resourcegroepplan is intussen door iemand anders gewijzigd; er is niets opgeslagen. "
            + "Haal het plan opnieuw op en probeer het nog eens."));
  }

  private TrajectoryView access(String id, Principal user) {
    return trajectories.requireCareAccess(id, user.getName());
  }
}
