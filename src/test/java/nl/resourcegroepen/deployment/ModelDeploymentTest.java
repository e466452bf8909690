package nl.resourcegroepen.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Diagrams and forms are deployed from the file system: an unchanged set deploys nothing new, a changed
 * diagram gets a new version together with its forms.
 */
@ServiceTest
class ModelDeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  @TempDir
  Path copy;

  @Test
  void theServiceDeployedEveryDiagramWithItsForms() {
    ProcessDefinition preparation = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("preparation").latestVersion().singleResult();
    List<String> resources = repositoryService.getDeploymentResourceNames(preparation.getDeploymentId());

    assertThat(resources).contains("processes/preparation.bpmn", "forms/client-approach.form", "forms/recovery-plan.form");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("resourcegroep").count()).isPositive();
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("deadlines").count()).isPositive();
  }

  @Test
  void unchangedFilesDeployNothingAndAChangedDiagramGetsANewVersion() throws IOException {
    copyTree(Path.of("processes"), copy.resolve("processes"));
    copyTree(Path.of("forms"), copy.resolve("forms"));
    ModelDeployment deployment = new ModelDeployment(repositoryService,
        new ModelProperties(copy.resolve("processes"), copy.resolve("forms")));
    int planningVersion = latest("planning").getVersion();
    int preparationVersion = latest("preparation").getVersion();

    assertThat(deployment.deployAll()).as("a restart with the same files").isEmpty();

    Path planning = copy.resolve("processes/planning.bpmn");
    Files.writeString(planning, Files.readString(planning).replace("name=\"Planning\"", "name=\"Planning (aangepast)\""));
    List<DeploymentWithDefinitions> made = deployment.deployAll();

    assertThat(made).singleElement().satisfies(d -> assertThat(d.getName()).isEqualTo("processes/planning.bpmn"));
    assertThat(latest("planning").getVersion()).isEqualTo(planningVersion + 1);
    assertThat(latest("planning").getName()).isEqualTo("Planning (aangepast)");
    assertThat(latest("preparation").getVersion()).isEqualTo(preparationVersion);
    assertThat(repositoryService.getDeploymentResourceNames(made.get(0).getId()))
        .as("the forms travel with the diagram").contains("forms/first-meeting-date.form");

    assertThat(deployment.deployAll()).as("and then nothing again").isEmpty();
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
