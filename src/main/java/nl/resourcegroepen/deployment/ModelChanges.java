package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to the diagrams, decision tables and forms made through the API: validate a changed set,
 * deploy it, or remove a process. The model folders stay the source of truth: a change is checked on a
 * copy of the folders with the change applied, and only when it is valid written into the folders and
 * deployed (the start-up deployment would otherwise bring back the old files). One change at a time.
 *
 * <p>Checks on top of the model rules, against the running service: a process that disappears while
 * trajectories run on it is refused; a step that disappears (removed, renamed or of another kind)
 * while trajectories wait on it is refused unless the caller accepts that those trajectories stay on
 * their version; and a trial deployment, rolled back, lets the engine's own parser have its say.
 */
@Service
public class ModelChanges {

  private static final Logger LOG = LoggerFactory.getLogger(ModelChanges.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ModelProperties properties;
  private final ModelDeployment deployment;
  private final TransactionTemplate transaction;
  private final ModelRules rules;
  private final ReentrantLock lock = new ReentrantLock();

  ModelChanges(RepositoryService repositoryService, RuntimeService runtimeService, HistoryService historyService,
      ModelProperties properties, ModelDeployment deployment, PlatformTransactionManager transactionManager,
      ApplicationContext context) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.properties = properties;
    this.deployment = deployment;
    this.transaction = new TransactionTemplate(transactionManager);
    this.rules = new ModelRules(Set.of(context.getBeanNamesForAnnotation(ProcessBuildingBlock.class)));
  }

  /** The outcome of a validation; {@code wouldDeploy} names the diagrams and tables that would get a new version. */
  public record ValidationReport(boolean valid, List<ModelProblem> problems, List<String> wouldDeploy) {
  }

  /** A definition that got a new version, with the trajectories still running on older versions. */
  public record DeployedDefinition(String key, String name, int version, Long runningOnOlderVersions, String migration) {
  }

  public record DeployedModel(String name, List<DeployedDefinition> definitions) {
  }

  public record DeployResult(String message, List<DeployedModel> deployed, List<ModelProblem> warnings) {
  }

  public record RemoveResult(String message, String processKey, String removedFile, List<ModelProblem> warnings) {
  }

  /** Checks the models as they would be with the uploaded files; changes nothing. */
  public ValidationReport validate(ModelUpload upload, boolean acceptUnmigratable) {
    lock.lock();
    try (ModelStaging staging = ModelStaging.copyOf(properties)) {
      upload.files().forEach(staging::write);
      return check(staging, upload.problems(), acceptUnmigratable, Set.of());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Validates, then writes the uploaded files into the model folders and deploys what changed as new
   * versions, in one transaction; when the engine still refuses, the files are put back.
   */
  public DeployResult deploy(ModelUpload upload, boolean acceptUnmigratable, String user) {
    lock.lock();
    try {
      ValidationReport report;
      try (ModelStaging staging = ModelStaging.copyOf(properties)) {
        upload.files().forEach(staging::write);
        report = check(staging, upload.problems(), acceptUnmigratable, Set.of());
      }
      if (!report.valid()) {
        throw ModelChangeRefused.invalid("De wijziging is niet uitgerold", report.problems());
      }
      Map<Path, byte[]> previous = new LinkedHashMap<>();
      try {
        for (ModelUpload.UploadedFile file : upload.files()) {
          Path target = realTarget(file);
          previous.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
          Files.createDirectories(target.getParent());
          Files.write(target, file.content());
        }
        List<DeploymentWithDefinitions> made = transaction.execute(status -> deployment.deployAll());
        LOG.info("{} rolde uit: {} ({} nieuwe deployment(s))", user, upload.files(), made.size());
        List<DeployedModel> deployed = made.stream().map(this::describe).toList();
        String message = deployed.isEmpty() ? "Er is niets veranderd: alle bestanden waren al zo uitgerold"
            : deployed.size() + (deployed.size() == 1 ? " diagram of tabel heeft" : " diagrammen of tabellen hebben")
                + " een nieuwe versie. Lopende trajecten blijven op hun versie tot ze worden gemigreerd.";
        return new DeployResult(message, deployed, warnings(report.problems()));
      } catch (IOException | RuntimeException e) {
        restore(previous);
        if (e instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw (RuntimeException) e;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes a process: its diagram leaves the processes folder and its versions are suspended, so no
   * new instance can start. Refused while trajectories run on it, while another process calls it or
   * waits for its messages, and for the main process.
   */
  public RemoveResult remove(String key, String user) {
    lock.lock();
    try {
      Map<String, Path> current = processFiles(properties.processesDir());
      Path file = current.get(key);
      ProcessDefinition latest = latest(key);
      if (file == null && latest == null) {
        throw ModelChangeRefused.notFound("Proces '" + key + "' bestaat niet");
      }
      ValidationReport report;
      String removedFile = null;
      try (ModelStaging staging = ModelStaging.copyOf(properties)) {
        List<ModelProblem> problems = new ArrayList<>();
        if (file != null) {
          Path staged = staging.inProcesses(properties.processesDir(), file);
          removedFile = staging.resourceName(staged);
          Set<String> others = new TreeSet<>(keysIn(file));
          others.remove(key);
          if (!others.isEmpty()) {
            problems.add(new ModelProblem(removedFile, key, "Dit bestand bevat ook " + String.join(", ", others)
                + "; haal het proces in Camunda Modeler uit het diagram en rol het diagram opnieuw uit"));
          }
          Files.delete(staged);
        }
        report = check(staging, problems, false, Set.of(key));
      }
      if (!report.valid()) {
        throw ModelChangeRefused.invalid("Proces '" + key + "' is niet verwijderd", report.problems());
      }
      if (file != null) {
        Files.delete(file);
      }
      if (latest != null) {
        transaction.executeWithoutResult(status -> repositoryService.updateProcessDefinitionSuspensionState()
            .byProcessDefinitionKey(key).includeProcessInstances(false).suspend());
      }
      LOG.info("{} verwijderde proces {} ({})", user, key, removedFile);
      return new RemoveResult("Proces '" + key + "' is verwijderd: het diagram staat niet meer in de map en het "
          + "proces kan niet meer worden gestart.", key, removedFile, warnings(report.problems()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  private ValidationReport check(ModelStaging staging, List<ModelProblem> uploadProblems, boolean acceptUnmigratable,
      Set<String> removedOnRequest) {
    List<ModelProblem> problems = new ArrayList<>(uploadProblems);
    Map<String, Path> current = processFiles(properties.processesDir());
    Map<String, Path> staged = processFiles(staging.processes());
    Set<String> removed = new TreeSet<>(current.keySet());
    removed.removeAll(staged.keySet());
    // A diagram that cannot be read is reported by the rules; its processes do not count as removed.
    removed.removeAll(keysOfUnreadable(staging));
    removed.addAll(removedOnRequest);

    problems.addAll(rules.check(staging.processes(), staging.forms(), deployed(staged.keySet(), removed)));
    for (String key : removed) {
      checkRemovedProcess(key, current.get(key) == null ? key : staging.resourceName(
          staging.inProcesses(properties.processesDir(), current.get(key))), problems);
    }
    staged.forEach((key, file) -> checkRemovedSteps(key, file, staging, acceptUnmigratable, problems));

    List<String> wouldDeploy = new ArrayList<>();
    if (problems.stream().noneMatch(ModelProblem::isError)) {
      trialDeployment(staging, wouldDeploy, problems);
    }
    return new ValidationReport(problems.stream().noneMatch(ModelProblem::isError), problems, wouldDeploy);
  }

  /** What the engine runs besides the checked folders: the latest active version of every other process. */
  private ModelRules.Deployed deployed(Set<String> inFolders, Set<String> removed) {
    Set<String> keys = new TreeSet<>();
    Set<String> received = new TreeSet<>();
    Set<String> sent = new TreeSet<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (definition.isSuspended() || inFolders.contains(definition.getKey()) || removed.contains(definition.getKey())) {
        continue;
      }
      keys.add(definition.getKey());
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      received.addAll(ModelRules.receivedMessages(model));
      sent.addAll(ModelRules.sentMessages(model));
    }
    return new ModelRules.Deployed(keys, received, sent);
  }

  private void checkRemovedProcess(String key, String file, List<ModelProblem> problems) {
    long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count();
    if (TrajectoryService.MAIN_PROCESS.equals(key)) {
      problems.add(new ModelProblem(file, key, "Het hoofdproces '" + key + "' kan niet worden verwijderd: "
          + "de service start er elk traject mee"));
    } else if (running > 0) {
      problems.add(new ModelProblem(file, key, "Proces '" + key + "' verdwijnt met deze wijziging, maar er "
          + (running == 1 ? "loopt nog 1 traject" : "lopen nog " + running + " trajecten") + " op. Een proces dat "
          + "in gebruik is, kan niet worden verwijderd; laat het staan tot die trajecten klaar zijn."));
    } else if (latest(key) != null) {
      problems.add(ModelProblem.warning(file, key, "Proces '" + key + "' wordt niet meer uitgerold en kan niet meer "
          + "worden gestart; er lopen geen trajecten op"));
    }
  }

  /**
   * A changed diagram must keep every step on which trajectories wait now (same id, same kind), or
   * those trajectories cannot move to the new version. Compared with the latest deployed version.
   */
  private void checkRemovedSteps(String key, Path stagedFile, ModelStaging staging, boolean accept,
      List<ModelProblem> problems) {
    Path real = staging.realProcessesFile(properties.processesDir(), stagedFile);
    ProcessDefinition latest = latest(key);
    if (latest == null || sameContent(real, stagedFile)) {
      return;
    }
    BpmnModelInstance after;
    try {
      after = ModelFiles.readDiagram(stagedFile);
    } catch (RuntimeException e) {
      return;
    }
    BpmnModelInstance before = repositoryService.getBpmnModelInstance(latest.getId());
    for (FlowNode step : before.getModelElementsByType(FlowNode.class)) {
      var now = after.getModelElementById(step.getId());
      boolean kept = now instanceof FlowNode && now.getElementType().equals(step.getElementType());
      if (kept) {
        continue;
      }
      List<HistoricActivityInstance> waiting = historyService.createHistoricActivityInstanceQuery()
          .activityId(step.getId()).unfinished().list().stream()
          .filter(a -> key.equals(a.getProcessDefinitionKey())).toList();
      if (waiting.isEmpty()) {
        continue;
      }
      Map<Integer, Long> perVersion = new TreeMap<>(waiting.stream().collect(Collectors.groupingBy(
          a -> repositoryService.getProcessDefinition(a.getProcessDefinitionId()).getVersion(),
          Collectors.mapping(HistoricActivityInstance::getProcessInstanceId,
              Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size())))));
      long count = perVersion.values().stream().mapToLong(Long::longValue).sum();
      String what = now == null ? "bestaat in het gewijzigde diagram niet meer (verwijderd of hernoemd)"
          : "is in het gewijzigde diagram een ander soort element geworden";
      String message = "Op stap " + ProcessMigration.label(step.getModelInstance(), step.getId()) + " " + (count == 1 ? "wacht nu 1 lopend traject" : "wachten nu "
          + count + " lopende trajecten") + " (" + perVersion.entrySet().stream()
          .map(e -> "versie " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + "), maar deze stap "
          + what + ". " + (count == 1 ? "Dat traject kan" : "Die trajecten kunnen") + " niet naar de nieuwe versie en "
          + (count == 1 ? "blijft" : "blijven") + " op de huidige versie.";
      problems.add(accept ? ModelProblem.warning(staging.resourceName(stagedFile), step.getId(), message
          + " Bevestigd met acceptUnmigratable.")
          : new ModelProblem(staging.resourceName(stagedFile), step.getId(), message
              + " Zet de stap terug met hetzelfde id, of bevestig dat dit zo moet (acceptUnmigratable=true)."));
    }
  }

  /** Deploys the copy in a transaction that is rolled back: the engine parses every changed file as it would for real. */
  private void trialDeployment(ModelStaging staging, List<String> wouldDeploy, List<ModelProblem> problems) {
    transaction.executeWithoutResult(status -> {
      status.setRollbackOnly();
      try {
        deployment.trialDeployAll(staging.processes(), staging.forms()).forEach(d -> wouldDeploy.add(d.getName()));
      } catch (ModelDeployment.DeploymentFailed e) {
        problems.addAll(engineProblems(e));
      } catch (RuntimeException e) {
        problems.add(new ModelProblem("", null, "De engine weigert de wijziging: " + e.getMessage()));
      }
    });
    LOG.debug("Proefuitrol teruggedraaid; zou uitrollen: {}", wouldDeploy);
  }

  private static List<ModelProblem> engineProblems(ModelDeployment.DeploymentFailed failure) {
    List<ModelProblem> problems = new ArrayList<>();
    ProcessEngineException cause = failure.engineException();
    if (cause instanceof ParseException parse) {
      for (ResourceReport report : parse.getResorceReports()) {
        for (Problem problem : report.getErrors()) {
          problems.add(new ModelProblem(report.getResourceName(), problem.getMainElementId(),
              "De engine weigert dit element" + (problem.getLine() > 0 ? " (regel " + problem.getLine() + ")" : "")
                  + ": " + problem.getMessage()));
        }
      }
    }
    if (problems.isEmpty()) {
      problems.add(new ModelProblem(failure.resourceName(), null, "De engine weigert dit bestand: " + cause.getMessage()));
    }
    return problems;
  }

  private DeployedModel describe(DeploymentWithDefinitions made) {
    List<DeployedDefinition> definitions = new ArrayList<>();
    if (made.getDeployedProcessDefinitions() != null) {
      for (ProcessDefinition definition : made.getDeployedProcessDefinitions()) {
        long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count();
        definitions.add(new DeployedDefinition(definition.getKey(), definition.getName(), definition.getVersion(), running,
            "/api/deployments/processes/" + definition.getKey() + "/migration"));
      }
    }
    if (made.getDeployedDecisionDefinitions() != null) {
      made.getDeployedDecisionDefinitions().forEach(d -> definitions.add(
          new DeployedDefinition(d.getKey(), d.getName(), d.getVersion(), null, null)));
    }
    return new DeployedModel(made.getName(), definitions);
  }

  private Path realTarget(ModelUpload.UploadedFile file) {
    Path folder = ModelUpload.PROCESSES.equals(file.folder()) ? properties.processesDir() : properties.formsDir();
    Path target = folder.resolve(file.path()).toAbsolutePath().normalize();
    if (!target.startsWith(folder.toAbsolutePath().normalize())) {
      throw new IllegalStateException("Bestand buiten de map: " + file);
    }
    return target;
  }

  private static void restore(Map<Path, byte[]> previous) {
    previous.forEach((file, content) -> {
      try {
        if (content == null) {
          Files.deleteIfExists(file);
        } else {
          Files.write(file, content);
        }
      } catch (IOException e) {
        LOG.error("Kon {} niet terugzetten", file, e);
      }
    });
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  /** The executable processes of the diagrams in a folder, by process id; unreadable diagrams are left to the rules. */
  private static Map<String, Path> processFiles(Path folder) {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList()) {
        keysIn(file).forEach(key -> files.putIfAbsent(key, file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The processes that the real counterparts of unreadable diagrams in the copy define. */
  private Set<String> keysOfUnreadable(ModelStaging staging) {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(staging.processes())) {
      for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(".bpmn")).toList()) {
        try {
          ModelFiles.readDiagram(file);
        } catch (RuntimeException e) {
          Path real = staging.realProcessesFile(properties.processesDir(), file);
          if (Files.exists(real)) {
            keys.addAll(keysIn(real));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static Set<String> keysIn(Path diagram) {
    try {
      return ModelFiles.readDiagram(diagram).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).map(Process::getId).collect(Collectors.toSet());
    } catch (RuntimeException e) {
      return Set.of();
    }
  }

  private static boolean sameContent(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private static List<ModelProblem> warnings(List<ModelProblem> problems) {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
