package nl.resourcegroepen.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.trajectory.Phase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expected time-in-phase figures, computed in Java from the phase transitions: the reports compute them in
 * SQL, so a test compares the two instead of guessing what other tests left in the shared database.
 */
public final class PhaseStays {

  private PhaseStays() {
  }

  /** A trajectory reaching a phase. */
  public record Transition(long id, String trajectoryId, Phase phase, Instant at) {
  }

  /** The phase transitions of the teams' trajectories, in the order they happened. */
  public static List<Transition> transitions(JdbcTemplate jdbc, Set<String> teams) {
    return jdbc.query("select id, trajectory_id, team, phase, reached_at from phase_transition",
            (rs, i) -> teams.contains(rs.getString("team")) ? new Transition(rs.getLong("id"),
                rs.getString("trajectory_id"), Phase.valueOf(rs.getString("phase")),
                rs.getTimestamp("reached_at").toInstant()) : null).stream()
        .filter(java.util.Objects::nonNull)
        .sorted(Comparator.comparing(Transition::at).thenComparing(Transition::id))
        .toList();
  }

  /** Every stay of the teams' trajectories in a phase, in days; a stay still going counts until {@code now}. */
  public static Map<Phase, List<Double>> days(JdbcTemplate jdbc, Set<String> teams, Instant now) {
    Map<Phase, List<Double>> days = new EnumMap<>(Phase.class);
    transitions(jdbc, teams).stream().collect(Collectors.groupingBy(Transition::trajectoryId)).values().forEach(list -> {
      for (int i = 0; i < list.size(); i++) {
        Instant left = i + 1 < list.size() ? list.get(i + 1).at() : now;
        days.computeIfAbsent(list.get(i).phase(), p -> new ArrayList<>())
            .add((left.toEpochMilli() - list.get(i).at().toEpochMilli()) / 86_400_000.0);
      }
    });
    days.remove(Phase.CLOSED);
    return days;
  }

  /** Percentile with linear interpolation between the closest ranks (SQL's percentile_cont). */
  public static double percentile(List<Double> values, double p) {
    List<Double> sorted = values.stream().sorted().toList();
    double rank = p * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
  }
}
