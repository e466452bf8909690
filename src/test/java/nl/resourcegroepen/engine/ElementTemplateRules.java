package nl.resourcegroepen.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.resourcegroepen.support.ElementTemplates;

/**
 * The rules for the element templates in {@code element-templates/} (see processes/README.md, "Bouwstenen"):
 * every building block has a template, a template calls only building blocks, each is a complete Camunda 7
 * template, and its description is the block's documentation from {@link ProcessBuildingBlock}.
 */
final class ElementTemplateRules {

  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

  /** The binding types of the Camunda 7 schema, with the property types each allows. */
  private static final Map<String, Set<String>> BINDINGS = Map.of(
      "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
      "camunda:property", Set.of("String", "Hidden", "Dropdown"),
      "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
      "camunda:outputParameter", Set.of("String", "Hidden", "Dropdown"),
      "camunda:in", Set.of("String", "Hidden", "Dropdown"),
      "camunda:in:businessKey", Set.of("String", "Hidden", "Dropdown"),
      "camunda:out", Set.of("String", "Hidden", "Dropdown"),
      "camunda:executionListener", Set.of("Hidden"),
      "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"));

  /** Binding types that name what they set. */
  private static final Set<String> NAMED = Set.of("property", "camunda:property", "camunda:inputParameter", "camunda:field");

  private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final Pattern METHOD_CALL = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.[A-Za-z][A-Za-z0-9]*\\(");
  private static final Pattern BPMN_TYPE = Pattern.compile("^bpmn:[A-Z][A-Za-z]+$");

  record Problem(String file, String templateId, String message) {
    @Override
    public String toString() {
      return file + (templateId == null ? "" : " [" + templateId + "]") + ": " + message;
    }
  }

  private final Map<String, ProcessBuildingBlock> blocks;

  ElementTemplateRules(Map<String, ProcessBuildingBlock> blocks) {
    this.blocks = blocks;
  }

  /** The documentation of a block as its templates show it: what it does, then its inputs and outputs. */
  static String documentation(ProcessBuildingBlock block) {
    return block.value() + ". Invoer: " + list(block.inputs()) + ". Uitvoer: " + list(block.outputs()) + ".";
  }

  private static String list(String[] items) {
    return items.length == 0 ? "geen" : String.join("; ", items);
  }

  List<Problem> check(Path folder) {
    List<Problem> problems = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    Map<String, String> ids = new HashMap<>();
    List<Path> files = ElementTemplates.files(folder);
    if (files.isEmpty()) {
      problems.add(new Problem(folder.toString(), null, "Geen elementsjablonen (*.json) gevonden"));
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      List<JsonNode> templates;
      try {
        templates = ElementTemplates.read(file);
      } catch (IOException e) {
        problems.add(new Problem(name, null, "Geen geldige JSON: " + e.getMessage().lines().findFirst().orElse("")));
        continue;
      }
      if (templates.isEmpty()) {
        problems.add(new Problem(name, null, "Het bestand bevat geen elementsjabloon"));
      }
      for (JsonNode template : templates) {
        String id = template.path("id").asText(null);
        String key = id + "@" + template.path("version").asText();
        if (id != null && ids.putIfAbsent(key, name) != null) {
          problems.add(new Problem(name, id, "Dit id en deze versie staan ook in " + ids.get(key)));
        }
        Set<String> beans = checkTemplate(name, id, template, problems);
        covered.addAll(beans);
      }
    }
    for (String block : blocks.keySet()) {
      if (!covered.contains(block)) {
        problems.add(new Problem(folder.toString(), null, "Bouwsteen '" + block + "' heeft geen elementsjabloon"));
      }
    }
    return problems;
  }

  /** Checks one template; returns the building blocks it calls. */
  private Set<String> checkTemplate(String file, String id, JsonNode template, List<Problem> problems) {
    if (!template.isObject()) {
      problems.add(new Problem(file, null, "Een elementsjabloon moet een JSON-object zijn"));
      return Set.of();
    }
    for (String field : List.of("$schema", "name", "id", "description")) {
      if (!template.path(field).isTextual() || template.path(field).asText().isBlank()) {
        problems.add(new Problem(file, id, "Het veld '" + field + "' ontbreekt"));
      }
    }
    if (template.has("$schema") && !SCHEMA.equals(template.path("$schema").asText())) {
      problems.add(new Problem(file, id, "$schema moet " + SCHEMA + " zijn (Camunda 7)"));
    }
    if (!template.path("version").isInt()) {
      problems.add(new Problem(file, id, "Het veld 'version' (een geheel getal) ontbreekt"));
    }
    JsonNode appliesTo = template.path("appliesTo");
    if (!appliesTo.isArray() || appliesTo.isEmpty()) {
      problems.add(new Problem(file, id, "Het veld 'appliesTo' (lijst van BPMN-typen) ontbreekt"));
    } else {
      appliesTo.forEach(type -> {
        if (!BPMN_TYPE.matcher(type.asText()).matches()) {
          problems.add(new Problem(file, id, "'" + type.asText() + "' in appliesTo is geen BPMN-type"));
        }
      });
    }
    if (template.has("elementType") && !BPMN_TYPE.matcher(template.path("elementType").path("value").asText()).matches()) {
      problems.add(new Problem(file, id, "elementType.value is geen BPMN-type"));
    }
    JsonNode properties = template.path("properties");
    if (!properties.isArray() || properties.isEmpty()) {
      problems.add(new Problem(file, id, "Het veld 'properties' ontbreekt of is leeg"));
      return Set.of();
    }
    Set<String> beans = new TreeSet<>();
    for (JsonNode property : properties) {
      checkProperty(file, id, property, beans, problems);
    }
    if (beans.isEmpty()) {
      problems.add(new Problem(file, id, "Het sjabloon roept geen bouwsteen aan"));
    }
    for (String bean : beans) {
      ProcessBuildingBlock block = blocks.get(bean);
      if (block == null) {
        problems.add(new Problem(file, id, "Onbekende bouwsteen '" + bean + "' (geen @ProcessBuildingBlock); bekend zijn: "
            + String.join(", ", new TreeSet<>(blocks.keySet()))));
      } else if (!template.path("description").asText().startsWith(documentation(block))) {
        problems.add(new Problem(file, id, "De beschrijving moet beginnen met de documentatie van '" + bean
            + "' (@ProcessBuildingBlock): " + documentation(block)));
      }
    }
    return beans;
  }

  private static void checkProperty(String file, String id, JsonNode property, Set<String> beans, List<Problem> problems) {
    JsonNode binding = property.path("binding");
    String bindingType = binding.path("type").asText(null);
    if (bindingType == null) {
      problems.add(new Problem(file, id, "Een eigenschap heeft geen binding.type"));
      return;
    }
    Set<String> types = BINDINGS.get(bindingType);
    if (types == null) {
      problems.add(new Problem(file, id, "Binding '" + bindingType + "' bestaat niet in Camunda 7-sjablonen"));
      return;
    }
    String type = property.path("type").asText("String");
    if (!types.contains(type)) {
      problems.add(new Problem(file, id, "Type '" + type + "' past niet bij binding '" + bindingType + "'"));
    }
    if (NAMED.contains(bindingType) && binding.path("name").asText().isBlank()) {
      problems.add(new Problem(file, id, "Binding '" + bindingType + "' heeft geen name"));
    }
    if (!"Hidden".equals(type) && (property.path("label").asText().isBlank()
        || property.path("description").asText().isBlank())) {
      problems.add(new Problem(file, id, "Een zichtbare eigenschap heeft een Nederlandse label en description nodig"));
    }
    if ("Dropdown".equals(type) && (!property.path("choices").isArray() || property.path("choices").isEmpty())) {
      problems.add(new Problem(file, id, "Een Dropdown heeft keuzes (choices) nodig"));
    }
    if (binding.has("scriptFormat") || "script".equals(binding.path("implementationType").asText())) {
      problems.add(new Problem(file, id, "Scripts zijn niet toegestaan; gebruik een bouwsteen"));
    }
    String name = binding.path("name").asText();
    boolean callsABean = bindingType.equals("camunda:executionListener")
        || (bindingType.equals("property") && name.equals("camunda:delegateExpression"));
    if ((bindingType.equals("property") && (name.equals("camunda:class") || name.equals("camunda:expression")))
        || (bindingType.equals("camunda:executionListener")
            && !"delegateExpression".equals(binding.path("implementationType").asText()))) {
      problems.add(new Problem(file, id, "Een bouwsteen wordt aangeroepen met delegateExpression=\"${naam}\", "
          + "geen Java-klasse of expressie"));
    }
    String value = property.path("value").asText("");
    if (callsABean) {
      Matcher bean = BEAN.matcher(value.trim());
      if (bean.matches()) {
        beans.add(bean.group(1));
      } else {
        problems.add(new Problem(file, id, "delegateExpression moet de vorm ${naam} hebben, niet '" + value + "'"));
      }
      if (!"Hidden".equals(type) && property.path("editable").asBoolean(true)) {
        problems.add(new Problem(file, id, "De bouwsteen mag niet wijzigbaar zijn (editable: false)"));
      }
    }
    List<String> values = new ArrayList<>(List.of(value));
    property.path("choices").forEach(c -> values.add(c.path("value").asText()));
    for (String v : values) {
      if (v.contains("${")) {
        Matcher call = METHOD_CALL.matcher(v);
        while (call.find()) {
          beans.add(call.group(1));
        }
      }
    }
  }
}
