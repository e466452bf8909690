package nl.resourcegroepen.trajectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A trajectory as the API shows it. The client's name is shown only to users of the client's team. */
public record TrajectoryView(
    String id,
    ClientView client,
    Setting setting,
    String team,
    String careCoordinator,
    PhaseView currentPhase,
    Instant startedAt,
    Instant closedAt,
    List<PhaseView> phases,
    Deadlines deadlines) {

  /**
   * The method's main deadline and how the trajectory stands: the start meeting within three months of
   * the start, and how many open steps are past their due date.
   */
  public record Deadlines(Instant firstMeetingDue, LocalDate startMeetingHeldOn, boolean startMeetingLate,
      long overdueSteps) {
  }

  public record ClientView(String id, String pseudonym, String name) {
  }

  public record PhaseView(Phase code, int number, String name, Instant reachedAt) {
    static PhaseView of(Phase phase, Instant reachedAt) {
      return new PhaseView(phase, phase.number(), phase.dutchName(), reachedAt);
    }
  }
}
