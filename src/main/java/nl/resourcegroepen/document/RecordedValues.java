package nl.resourcegroepen.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.resourcegroepen.record.FormSubmission;

/**
 * The latest value per key over a series of submitted forms (oldest first); an empty value does not
 * replace an earlier one. Only for what has no table of its own: the appointment in the invitation letter
 * form. The plan is printed from the plan's tables, not from here.
 */
final class RecordedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values = new HashMap<>();

  static RecordedValues of(Collection<FormSubmission> submissions) {
    RecordedValues recorded = new RecordedValues();
    for (FormSubmission submission : submissions) {
      recorded.add(parse(submission.getPayload()));
    }
    return recorded;
  }

  private void add(Map<String, Object> payload) {
    payload.forEach((key, value) -> {
      if (hasContent(value)) {
        values.put(key, value);
      }
    });
  }

  /** The text of a key, trimmed, or null when there is none. */
  String text(String key) {
    Object value = values.get(key);
    return hasContent(value) && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)
        ? value.toString().strip() : null;
  }

  private static boolean hasContent(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Collection<?> c) {
      return c.stream().anyMatch(RecordedValues::hasContent);
    }
    if (value instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(RecordedValues::hasContent);
    }
    return !value.toString().isBlank();
  }

  private static Map<String, Object> parse(String payload) {
    try {
      return JSON.readValue(payload, new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Opgeslagen formulier is geen geldige JSON", e);
    }
  }
}
