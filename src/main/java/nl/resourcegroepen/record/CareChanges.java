package nl.resourcegroepen.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of meetings, agreements, members and the sociogram, like the plan's: one row per field that really
 * changed, with who, when and the route ({@code <form id>/<task id>} or {@code api}). Kept in the
 * transaction of the change itself, so a refused change leaves no history either.
 */
@Service
public class CareChanges {

  /** The route of a change through the API. */
  public static final String API = "api";

  /**
   * What changed: which subject ({@code meeting}, {@code agreement}, {@code member}, {@code sociogram} with the
   * trajectory's id), by whom, when, how.
   */
  public record Change(String trajectoryId, String team, String subject, String subjectId, String by, Instant at,
      String source) {
  }

  /** One changed field, newest first in a history. */
  public record ChangeView(String field, String oldValue, String newValue, String changedBy, Instant changedAt,
      String source) {
  }

  private final CareChangeRepository changes;

  CareChanges(CareChangeRepository changes) {
    this.changes = changes;
  }

  /**
   * Keeps a row for every field whose value differs between before and after (field → value as text;
   * a missing field is no value). Before is empty for something new.
   *
   * @return the number of fields that changed
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int record(Change change, Map<String, String> before, Map<String, String> after) {
    List<CareChange> changed = after.entrySet().stream()
        .filter(e -> !Objects.equals(before.get(e.getKey()), e.getValue()))
        .map(e -> new CareChange(change, e.getKey(), before.get(e.getKey()), e.getValue()))
        .toList();
    changes.saveAll(changed);
    return changed.size();
  }

  @Transactional(readOnly = true)
  public List<ChangeView> history(String trajectoryId, String subject, String subjectId) {
    return changes.findByTrajectoryIdAndSubjectAndSubjectIdOrderByChangedAtDescIdDesc(trajectoryId, subject,
        subjectId).stream().map(CareChange::view).toList();
  }
}
