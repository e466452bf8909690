package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams and forms from the file system at start-up.
 *
 * <p>Each diagram is deployed together with the forms it refers to, as a deployment named after the
 * diagram, because {@code camunda:formRefBinding="deployment"} finds a form only in the diagram's own
 * deployment. Duplicate filtering compares with the previous deployment of the same name: when
 * neither the diagram nor one of its forms changed, nothing is deployed; otherwise the process gets a
 * new version with its forms. Decision tables are deployed the same way, each on its own.
 */
@Component
@Order(0)
public class ModelDeployment implements ApplicationRunner {

  static final String SOURCE = "resourcegroepen-models";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ModelProperties properties;

  ModelDeployment(RepositoryService repositoryService, ModelProperties properties) {
    this.repositoryService = repositoryService;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployAll();
  }

  /** Deploys what changed; returns the deployments that were made (empty when nothing changed). */
  public List<DeploymentWithDefinitions> deployAll() {
    ModelFiles files = ModelFiles.read(properties.processesDir(), properties.formsDir());
    List<DeploymentWithDefinitions> made = new ArrayList<>();
    for (Path decision : files.decisions()) {
      deploy(files, decision, List.of()).ifPresent(made::add);
    }
    for (Path diagram : files.diagrams()) {
      deploy(files, diagram, new ArrayList<>(files.formsOf(diagram))).ifPresent(made::add);
    }
    LOG.info("Modellen uit {} en {}: {} nieuwe deployment(s)", properties.processesDir(),
        properties.formsDir(), made.size());
    return made;
  }

  private java.util.Optional<DeploymentWithDefinitions> deploy(ModelFiles files, Path model, List<Path> forms) {
    String name = files.resourceName(model);
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(name)
        .source(SOURCE)
        .enableDuplicateFiltering(false);
    add(builder, files, model);
    forms.forEach(form -> add(builder, files, form));
    String previous = repositoryService.createDeploymentQuery().deploymentName(name)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().map(d -> d.getId()).findFirst().orElse(null);
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (!deployment.getId().equals(previous)) {
      LOG.info("Uitgerold: {} ({} formulieren)", name, forms.size());
      return java.util.Optional.of(deployment);
    }
    return java.util.Optional.empty();
  }

  private static void add(DeploymentBuilder builder, ModelFiles files, Path file) {
    try {
      builder.addString(files.resourceName(file), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
