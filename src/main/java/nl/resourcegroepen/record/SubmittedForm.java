package nl.resourcegroepen.record;

import java.time.Instant;
import java.time.LocalDate;
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

  /** A date field; null when empty. Throws {@link java.time.format.DateTimeParseException} for a non-date. */
  public LocalDate date(String key) {
    return parseDate(text(key));
  }

  /** A form's date: {@code JJJJ-MM-DD}, possibly followed by a time, which is ignored. */
  public static LocalDate parseDate(String value) {
    return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
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
