package nl.resourcegroepen.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a user entered in a task's form: the care content (which leaves the engine) and the routing flags
 * (which stay for the diagram). Handlers turn it into the trajectory's structured record.
 *
 * @param memberId the member the task is about (in-depth interviews, invitations), or null
 */
public record SubmittedForm(
    String trajectoryId,
    String team,
    String memberId,
    String formId,
    String taskDefinitionKey,
    String submittedBy,
    Instant submittedAt,
    Map<String, Object> values) {

  public String text(String key) {
    Object value = values.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public boolean isTrue(String key) {
    Object value = values.get(key);
    return value instanceof Boolean b ? b : "true".equals(value);
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(String key) {
    Object value = values.get(key);
    return value instanceof List<?> list
        ? list.stream().filter(Map.class::isInstance).map(r -> (Map<String, Object>) r).toList()
        : List.of();
  }
}
