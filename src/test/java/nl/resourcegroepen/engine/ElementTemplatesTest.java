package nl.resourcegroepen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.resourcegroepen.engine.ElementTemplateRules.Problem;
import nl.resourcegroepen.support.ElementTemplates;
import nl.resourcegroepen.trajectory.Phase;
import org.junit.jupiter.api.Test;

/**
 * An implementation lead picks every building block from a menu in Camunda Modeler: each bean marked
 * {@link ProcessBuildingBlock} has an element template, described as its annotation describes it, and the
 * guide lists them (see processes/README.md, "Bouwstenen in Camunda Modeler").
 */
class ElementTemplatesTest {

  private final ElementTemplateRules rules = new ElementTemplateRules(BuildingBlockCatalogue.blocks());

  @Test
  void everyBuildingBlockHasACompleteTemplateThatCallsOnlyBuildingBlocks() {
    List<Problem> problems = rules.check(ElementTemplates.FOLDER);

    assertThat(problems).as(describe(problems)).isEmpty();
  }

  @Test
  void eachBrokenTemplateIsReportedWithFileAndTemplate() {
    List<Problem> problems = rules.check(Path.of("src/test/resources/broken-templates"));

    assertProblem(problems, "not-json.json", null, "Geen geldige JSON");
    assertProblem(problems, "incomplete.json", null, "'id' ontbreekt");
    assertProblem(problems, "incomplete.json", null, "'$schema' ontbreekt");
    assertProblem(problems, "incomplete.json", null, "'appliesTo'");
    assertProblem(problems, "incomplete.json", null, "geen binding.type");
    assertProblem(problems, "unknown-bean.json", "broken.unknownBean", "Onbekende bouwsteen 'dataSource'");
    assertProblem(problems, "unknown-bean.json", "broken.unknownBean", "editable: false");
    assertProblem(problems, "unknown-bean.json", "broken.expressionBean", "Onbekende bouwsteen 'dataSource'");
    assertProblem(problems, "script.json", "broken.script", "Scripts zijn niet toegestaan");
    assertProblem(problems, "wrong-description.json", "broken.wrongDescription",
        "moet beginnen met de documentatie van 'applyDeadlines'");
    for (String block : List.of("members", "phaseListener", "responsibleClinicianCheck", "sendTrajectoryMessage")) {
      assertProblem(problems, "broken-templates", null, "Bouwsteen '" + block + "' heeft geen elementsjabloon");
    }
  }

  @Test
  void theModelerFindsTheTemplatesNextToTheDiagrams() throws IOException {
    Path local = Path.of(".camunda", "element-templates");

    assertThat(local).isDirectory();
    assertThat(Files.isSameFile(local, ElementTemplates.FOLDER)).isTrue();
  }

  @Test
  void thePhaseToChooseIsOneOfThePhasesOfTheTrajectory() {
    JsonNode phase = dropdown(ElementTemplates.byId("nl.resourcegroepen.phaseListener"), "phase");

    assertThat(choices(phase)).containsExactlyElementsOf(Arrays.stream(Phase.values()).map(Enum::name).toList());
  }

  @Test
  void theThemeToChooseIsOneOfTheThemesOfTheFormsOrTheOneChosenInTheMeeting() throws IOException {
    JsonNode theme = dropdown(ElementTemplates.byId("nl.resourcegroepen.sendTrajectoryMessage.themeMeeting"), "theme");
    List<String> formThemes = new ArrayList<>();
    collectChoices(new ObjectMapper().readTree(Path.of("forms", "theme-need.form").toFile()), "theme", formThemes);

    assertThat(formThemes).isNotEmpty();
    assertThat(choices(theme)).containsExactlyInAnyOrderElementsOf(concat(formThemes, "${theme}"));
  }

  @Test
  void theGuideListsEveryTemplateWithItsBean() throws IOException {
    Pattern row = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|.*\\|\\s*`(nl\\.resourcegroepen\\.[\\w.]+)`\\s*\\|\\s*$");
    Set<String> listed = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("processes", "README.md"), StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        listed.add(m.group(1) + " " + m.group(2));
      }
    }
    Set<String> templates = new HashSet<>();
    for (Path file : ElementTemplates.files(ElementTemplates.FOLDER)) {
      String bean = file.getFileName().toString().replace(".json", "");
      ElementTemplates.read(file).forEach(t -> templates.add(bean + " " + t.path("id").asText()));
    }

    assertThat(templates).as("each file is named after its building block").extracting(t -> t.split(" ")[0])
        .isSubsetOf(BuildingBlockCatalogue.blocks().keySet());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(templates);
  }

  private static JsonNode dropdown(JsonNode template, String bindingName) {
    for (JsonNode property : template.path("properties")) {
      if ("Dropdown".equals(property.path("type").asText()) && bindingName.equals(property.path("binding").path("name").asText())) {
        return property;
      }
    }
    throw new AssertionError("Geen keuzelijst voor " + bindingName + " in " + template.path("id").asText());
  }

  private static List<String> choices(JsonNode dropdown) {
    List<String> values = new ArrayList<>();
    dropdown.path("choices").forEach(c -> values.add(c.path("value").asText()));
    return values;
  }

  private static void collectChoices(JsonNode component, String key, List<String> into) {
    if (key.equals(component.path("key").asText())) {
      component.path("values").forEach(v -> into.add(v.path("value").asText()));
    }
    component.path("components").forEach(c -> collectChoices(c, key, into));
  }

  private static List<String> concat(List<String> list, String extra) {
    List<String> all = new ArrayList<>(list);
    all.add(extra);
    return all;
  }

  private static void assertProblem(List<Problem> problems, String file, String templateId, String fragment) {
    assertThat(problems).as("problem in %s [%s] with '%s'; all: %s", file, templateId, fragment, describe(problems))
        .anySatisfy(p -> {
          assertThat(p.file()).endsWith(file);
          assertThat(p.templateId()).isEqualTo(templateId);
          assertThat(p.message()).contains(fragment);
        });
  }

  private static String describe(List<Problem> problems) {
    return String.join("\n", problems.stream().map(Problem::toString).toList());
  }
}
