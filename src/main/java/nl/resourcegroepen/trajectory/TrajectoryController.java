package nl.resourcegroepen.trajectory;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/trajectories")
class TrajectoryController {

  private final TrajectoryService service;

  TrajectoryController(TrajectoryService service) {
    this.service = service;
  }

  @PostMapping
  ResponseEntity<TrajectoryView> start(@Valid @RequestBody StartTrajectory request, Principal user) {
    TrajectoryView started = service.start(request, user.getName());
    return ResponseEntity.created(URI.create("/api/trajectories/" + started.id())).body(started);
  }

  @GetMapping("/{id}")
  TrajectoryView get(@PathVariable String id, Principal user) {
    return service.find(id, user.getName());
  }

  /** The open steps of the trajectory, soonest due first. */
  @GetMapping("/{id}/steps")
  List<TrajectoryService.OpenStep> steps(@PathVariable String id, Principal user) {
    return service.openSteps(id, user.getName());
  }
}
