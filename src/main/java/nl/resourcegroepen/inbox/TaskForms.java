package nl.resourcegroepen.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a task: its schema for the page, and the checks and conversion of submitted values
 * before the task is completed. Only keys of the form reach the engine (a submission cannot set other
 * process variables); required routing flags must be present and valid.
 */
@Component
class TaskForms {

  /** A value field of a form. {@code conditional}: the form hides it in some cases. */
  record Field(String key, String label, boolean required, boolean routing, boolean conditional,
      List<String> allowedValues, Map<String, String> labelsByValue) {
  }

  private final FormService formService;
  private final ObjectMapper json;

  TaskForms(FormService formService, ObjectMapper json) {
    this.formService = formService;
    this.json = json;
  }

  JsonNode schema(String taskId) {
    try (InputStream in = formService.getDeployedTaskForm(taskId)) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Field> fields(JsonNode schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), false, fields);
    return fields;
  }

  /**
   * The submitted values as process variables, restricted to the form's keys. Throws with per-field
   * Dutch messages when a required routing flag is missing or has a value the form does not offer.
   */
  Map<String, Object> variables(JsonNode schema, Map<String, Object> submitted) {
    Map<String, Field> fields = fields(schema);
    Map<String, String> errors = new LinkedHashMap<>();
    for (Field field : fields.values()) {
      if (!field.routing()) {
        continue;
      }
      Object value = submitted.get(field.key());
      boolean empty = value == null || (value instanceof String s && s.isBlank());
      if (empty) {
        // A field the form may hide is only required when visible; the form itself checks that.
        if (field.required() && !field.conditional()) {
          errors.put(field.key(), "Vul ‘" + field.label() + "’ in; het vervolg van het traject hangt ervan af");
        }
      } else if (!field.allowedValues().isEmpty() && !(value instanceof List<?>) && !field.allowedValues().contains(String.valueOf(value))) {
        errors.put(field.key(), "Kies bij ‘" + field.label() + "’ een van de aangeboden antwoorden");
      } else if ("checkbox".equals(typeOf(schema, field.key())) && !(value instanceof Boolean)) {
        errors.put(field.key(), "‘" + field.label() + "’ is ja of nee");
      }
    }
    if (!errors.isEmpty()) {
      throw InboxException.invalidFields(errors);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    submitted.forEach((key, value) -> {
      if (fields.containsKey(key) && value != null) {
        variables.put(key, value instanceof List<?> || value instanceof Map<?, ?>
            ? Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
            : value);
      }
    });
    return variables;
  }

  private static String typeOf(JsonNode schema, String key) {
    List<JsonNode> stack = new ArrayList<>();
    schema.path("components").forEach(stack::add);
    while (!stack.isEmpty()) {
      JsonNode component = stack.remove(stack.size() - 1);
      if (key.equals(component.path("key").asText(null))) {
        return component.path("type").asText();
      }
      component.path("components").forEach(stack::add);
    }
    return "";
  }

  /** Like the care record: value fields have a key; a dynamic list or group with a path is one value. */
  private static void collect(JsonNode components, boolean hiddenByParent, Map<String, Field> fields) {
    for (JsonNode component : components) {
      boolean conditional = hiddenByParent || component.path("conditional").hasNonNull("hide");
      String path = component.path("path").asText(null);
      if (path != null && !path.isBlank()) {
        fields.put(path, field(path, component, conditional));
        continue;
      }
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank() && !"button".equals(component.path("type").asText())) {
        fields.put(key, field(key, component, conditional));
      }
      if (component.has("components")) {
        collect(component.get("components"), conditional, fields);
      }
    }
  }

  private static Field field(String key, JsonNode component, boolean conditional) {
    String label = firstText(component, "label", "dateLabel", "timeLabel");
    List<String> allowed = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    component.path("values").forEach(v -> {
      allowed.add(v.path("value").asText());
      labels.put(v.path("value").asText(), v.path("label").asText(v.path("value").asText()));
    });
    return new Field(key, label == null ? key : label,
        component.path("validate").path("required").asBoolean(false),
        "true".equals(component.path("properties").path("routing").asText()),
        conditional, allowed, labels);
  }

  private static String firstText(JsonNode component, String... names) {
    for (String name : names) {
      String value = component.path(name).asText(null);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
