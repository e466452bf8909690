package nl.resourcegroepen.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * The fields of the deployed forms: which keys a form has and which of them are routing flags
 * (custom property {@code routing = true}). Read from the deployment the task's process belongs to,
 * so a task always uses the form version deployed with its diagram.
 */
@Component
class FormSchemas {

  /** A form's value fields: key → is a routing flag. */
  record Fields(Map<String, Boolean> routingByKey) {
    boolean isRouting(String key) {
      return Boolean.TRUE.equals(routingByKey.get(key));
    }
  }

  private final RepositoryService repositoryService;
  private final ObjectMapper json;
  private final Map<String, Fields> cache = new ConcurrentHashMap<>();

  FormSchemas(RepositoryService repositoryService, ObjectMapper json) {
    this.repositoryService = repositoryService;
    this.json = json;
  }

  Fields fields(String deploymentId, String formId) {
    return cache.computeIfAbsent(deploymentId + "/" + formId, k -> load(deploymentId, formId));
  }

  private Fields load(String deploymentId, String formId) {
    for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource.getName())) {
        JsonNode schema = json.readTree(in);
        if (formId.equals(schema.path("id").asText())) {
          Map<String, Boolean> fields = new LinkedHashMap<>();
          collect(schema.path("components"), fields);
          return new Fields(fields);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("Formulier '" + formId + "' zit niet in deployment " + deploymentId);
  }

  /** Value fields have a key; a dynamic list has a path and its rows are one value. */
  private static void collect(JsonNode components, Map<String, Boolean> fields) {
    for (JsonNode component : components) {
      boolean routing = "true".equals(component.path("properties").path("routing").asText());
      if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
        fields.put(component.get("path").asText(), routing);
        continue;
      }
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), routing);
      }
      if (component.has("components") && !component.hasNonNull("path")) {
        collect(component.get("components"), fields);
      } else if (component.has("components")) {
        // A group with a path binds its fields as one object under that path.
        fields.put(component.get("path").asText(), routing);
      }
    }
  }
}
