package nl.resourcegroepen.member;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.CareChanges;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's sociogram, for the trajectory's team: read it, redraw it ({@code PUT} with the whole list of
 * people, as {@code GET} shows it) and see its earlier versions.
 */
@RestController
@RequestMapping("/api/trajectories/{id}/sociogram")
class SociogramController {

  record SociogramPersonView(String name, String relationDescription, String relationType, String closeness,
      String meaning, boolean possibleMember, Instant drawnAt) {
    static SociogramPersonView of(SociogramPerson p) {
      return new SociogramPersonView(p.getName(), p.getRelationDescription(), p.getRelationType(), p.getCloseness(),
          p.getMeaning(), p.isPossibleMember(), p.getDrawnAt());
    }
  }

  private final TrajectoryService trajectories;
  private final Sociograms sociograms;

  SociogramController(TrajectoryService trajectories, Sociograms sociograms) {
    this.trajectories = trajectories;
    this.sociograms = sociograms;
  }

  @GetMapping
  List<SociogramPersonView> sociogram(@PathVariable String id, Principal user) {
    return sociograms.list(access(id, user).id()).stream().map(SociogramPersonView::of).toList();
  }

  /** Replaces all people (an empty list clears the sociogram); the rules are those of the form. */
  @PutMapping
  List<SociogramPersonView> redraw(@PathVariable String id, @RequestBody List<SociogramEntry> people,
      Principal user) {
    TrajectoryView trajectory = access(id, user);
    return sociograms.draw(trajectory.id(), trajectory.team(), people, Sociograms.PEOPLE, user.getName(),
        EngineClock.now(), CareChanges.API).stream().map(SociogramPersonView::of).toList();
  }

  @GetMapping("/history")
  List<Sociograms.Version> history(@PathVariable String id, Principal user) {
    return sociograms.history(access(id, user).id());
  }

  /** Two redrawings at the same moment: the second is refused rather than mixed with the first. */
  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
  ResponseEntity<ProblemDetail> conflict() {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Het sociogram is intussen door iemand anders gewijzigd; er is niets opgeslagen. "
            + "Haal het sociogram opnieuw op en probeer het nog eens."));
  }

  private TrajectoryView access(String id, Principal user) {
    return trajectories.requireCareAccess(id, user.getName());
  }
}
