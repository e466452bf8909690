package nl.resourcegroepen.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.resourcegroepen.engine.BuildingBlockCatalogue;
import org.junit.jupiter.api.Test;

/** The rules every diagram and form must follow; see processes/README.md. */
class ModelRulesTest {

  private final ModelRules rules = new ModelRules(BuildingBlockCatalogue.scan().keySet());

  @Test
  void everyDiagramAndFormInTheProjectFollowsTheRules() {
    List<ModelProblem> problems = rules.check(Path.of("processes"), Path.of("forms"));

    assertThat(problems).as(ModelRules.describe(problems)).isEmpty();
  }

  @Test
  void eachBrokenRuleIsReportedWithFileAndElement() {
    List<ModelProblem> problems = rules.check(
        Path.of("src/test/resources/broken-models/processes"), Path.of("src/test/resources/broken-models/forms"));

    assertThat(problems).extracting(ModelProblem::file).containsOnly("processes/broken.bpmn");
    assertProblem(problems, "noHistoryTimeToLive", "historyTimeToLive");
    assertProblem(problems, "noName", "geen naam");
    assertProblem(problems, "idAsName", "is een id");
    assertProblem(problems, "noForm", "geen formulier");
    assertProblem(problems, "missingForm", "'doesNotExist' bestaat niet");
    assertProblem(problems, "latestBinding", "formRefBinding");
    assertProblem(problems, "noCandidates", "geen kandidaatgroep");
    assertProblem(problems, "noDueDate", "geen vervaldatum");
    assertProblem(problems, "javaClass", "geen Java-klasse");
    assertProblem(problems, "unknownBean", "Onbekende bouwsteen 'dataSource'");
    assertProblem(problems, "methodCall", "de vorm ${naam}");
    assertProblem(problems, "script", "Scripts zijn niet toegestaan");
    assertProblem(problems, "listenerWithExpression", "geen Java-klasse of expressie");
    assertProblem(problems, "notDrawn", "niet in de tekening");
    assertProblem(problems, "flowNotDrawn", "niet in de tekening");
    assertThat(problems).hasSize(15);
  }

  @Test
  void twoFormsWithTheSameIdAreReported() {
    List<ModelProblem> problems = rules.check(Path.of("src/test/resources/broken-models/duplicate-forms/processes"),
        Path.of("src/test/resources/broken-models/duplicate-forms/forms"));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("'same'").contains("a.form").contains("b.form");
    });
  }

  @Test
  void theBuildingBlocksAreTheDocumentedBeans() {
    assertThat(BuildingBlockCatalogue.scan()).containsKeys(
        "phaseListener", "applyDeadlines", "sendTrajectoryMessage", "members", "responsibleClinicianCheck");
  }

  private static void assertProblem(List<ModelProblem> problems, String elementId, String fragment) {
    assertThat(problems).as("problem for %s", elementId)
        .anySatisfy(p -> {
          assertThat(p.elementId()).isEqualTo(elementId);
          assertThat(p.message()).contains(fragment);
        });
  }
}
