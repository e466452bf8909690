package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
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
    return deployAll(properties.processesDir(), properties.formsDir());
  }

  /**
   * Deploys what changed in the given folders, each diagram with its forms.
   *
   * @throws DeploymentFailed when the engine refuses a file
   */
  public List<DeploymentWithDefinitions> deployAll(Path processesDir, Path formsDir) {
    List<DeploymentWithDefinitions> made = deployChanged(processesDir, formsDir, true);
    LOG.info("Modellen uit {} en {}: {} nieuwe deployment(s)", processesDir, formsDir, made.size());
    return made;
  }

  /**
   * The same as {@link #deployAll(Path, Path)}, without logging: for a trial deployment of a staged copy
   * in a transaction that the caller rolls back, so the engine's own parser checks the files exactly as
   * it will when they are deployed.
   */
  List<DeploymentWithDefinitions> trialDeployAll(Path processesDir, Path formsDir) {
    return deployChanged(processesDir, formsDir, false);
  }

  private List<DeploymentWithDefinitions> deployChanged(Path processesDir, Path formsDir, boolean log) {
    ModelFiles files = ModelFiles.read(processesDir, formsDir);
    List<DeploymentWithDefinitions> made = new ArrayList<>();
    for (Path decision : files.decisions()) {
      deploy(files, decision, List.of(), log).ifPresent(made::add);
    }
    for (Path diagram : files.diagrams()) {
      deploy(files, diagram, new ArrayList<>(files.formsOf(diagram)), log).ifPresent(made::add);
    }
    return made;
  }

  private java.util.Optional<DeploymentWithDefinitions> deploy(ModelFiles files, Path model, List<Path> forms,
      boolean log) {
    String name = files.resourceName(model);
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(name)
        .source(SOURCE)
        .enableDuplicateFiltering(false);
    add(builder, files, model);
    forms.forEach(form -> add(builder, files, form));
    String previous = repositoryService.createDeploymentQuery().deploymentName(name)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().map(d -> d.getId()).findFirst().orElse(null);
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (ProcessEngineException e) {
      throw new DeploymentFailed(name, e);
    }
    if (!deployment.getId().equals(previous)) {
      if (log) {
        LOG.info("Uitgerold: {} ({} formulieren)", name, forms.size());
      }
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

  /** The engine refused a diagram or decision table; names the deployment (the diagram's resource name). */
  public static final class DeploymentFailed extends RuntimeException {
    private final String resourceName;

    DeploymentFailed(String resourceName, ProcessEngineException cause) {
      super("De engine weigert " + resourceName + ": " + cause.getMessage(), cause);
      this.resourceName = resourceName;
    }

    public String resourceName() {
      return resourceName;
    }

    public ProcessEngineException engineException() {
      return (ProcessEngineException) getCause();
    }
  }
}
