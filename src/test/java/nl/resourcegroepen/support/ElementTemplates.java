package nl.resourcegroepen.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The element templates in {@code element-templates/}, and applying one to a diagram element the way Camunda
 * Modeler does (for the binding types these templates use), so tests can run what an implementation lead builds.
 */
public final class ElementTemplates {

  public static final Path FOLDER = Path.of("element-templates");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {
  }

  /** The template files of a folder, by name. */
  public static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The templates of one file: a file holds one template or an array of them. */
  public static List<JsonNode> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<JsonNode> templates = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(templates::add);
    } else if (root != null) {
      templates.add(root);
    }
    return templates;
  }

  /** The template with this id in {@code element-templates/}. */
  public static JsonNode byId(String id) {
    try {
      for (Path file : files(FOLDER)) {
        for (JsonNode template : read(file)) {
          if (id.equals(template.path("id").asText())) {
            return template;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("Geen elementsjabloon met id " + id);
  }

  /**
   * Applies a template as Camunda Modeler does, with the default value of each property, or {@code choice}
   * for the one Dropdown property, as a lead would pick it.
   */
  public static void apply(JsonNode template, BaseElement element, String choice) {
    element.setAttributeValueNs(CAMUNDA_NS, "modelerTemplate", template.path("id").asText());
    element.setAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion", template.path("version").asText());
    for (JsonNode property : template.path("properties")) {
      String value = choice != null && "Dropdown".equals(property.path("type").asText())
          ? choice : property.path("value").asText();
      JsonNode binding = property.path("binding");
      String name = binding.path("name").asText();
      switch (binding.path("type").asText()) {
        case "property" -> setProperty(element, name, value);
        case "camunda:property" -> add(element, CamundaProperties.class).addChildElement(
            created(element, CamundaProperty.class, p -> {
              p.setCamundaName(name);
              p.setCamundaValue(value);
            }));
        case "camunda:inputParameter" -> add(element, CamundaInputOutput.class).addChildElement(
            created(element, CamundaInputParameter.class, p -> {
              p.setCamundaName(name);
              p.setTextContent(value);
            }));
        case "camunda:executionListener" -> {
          if (!"delegateExpression".equals(binding.path("implementationType").asText())) {
            throw new IllegalArgumentException("Alleen luisteraars met delegateExpression: " + binding);
          }
          add(element, null).addChildElement(created(element, CamundaExecutionListener.class, l -> {
            l.setCamundaEvent(binding.path("event").asText());
            l.setCamundaDelegateExpression(value);
          }));
        }
        default -> throw new IllegalArgumentException("Binding niet nagebootst: " + binding);
      }
    }
  }

  private static void setProperty(BaseElement element, String name, String value) {
    if ("conditionExpression".equals(name)) {
      ConditionExpression condition = element.getModelInstance().newInstance(ConditionExpression.class);
      condition.setTextContent(value);
      ((SequenceFlow) element).setConditionExpression(condition);
    } else if (name.startsWith("camunda:")) {
      element.setAttributeValueNs(CAMUNDA_NS, name.substring("camunda:".length()), value);
    } else {
      element.setAttributeValue(name, value);
    }
  }

  /** The extension elements of the element, or the first child of the given type in them (created when missing). */
  private static org.camunda.bpm.model.xml.instance.ModelElementInstance add(BaseElement element,
      Class<? extends org.camunda.bpm.model.xml.instance.ModelElementInstance> type) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = element.getModelInstance().newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    if (type == null) {
      return extensions;
    }
    var existing = extensions.getElementsQuery().filterByType(type).list();
    return existing.isEmpty() ? extensions.addExtensionElement(type) : existing.get(0);
  }

  private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> T created(BaseElement element,
      Class<T> type, java.util.function.Consumer<T> setUp) {
    T created = element.getModelInstance().newInstance(type);
    setUp.accept(created);
    return created;
  }
}
