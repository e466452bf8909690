package nl.resourcegroepen.youth;

import java.time.LocalDate;
import java.util.Optional;
import nl.resourcegroepen.trajectory.TrajectoryRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Birth dates from the client table (trajectory → client). */
@Component
class ClientBirthDates implements BirthDates {

  private final TrajectoryRepository trajectories;

  ClientBirthDates(TrajectoryRepository trajectories) {
    this.trajectories = trajectories;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> of(String trajectoryId) {
    return trajectories.findById(trajectoryId).map(t -> t.getClient().getBirthDate());
  }
}
