package nl.resourcegroepen.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.resourcegroepen.trajectory.ProcessVariants;
import nl.resourcegroepen.trajectory.Setting;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * What the implementation lead's page shows of the deployed processes: every process with its Dutch
 * name, setting and versions, and per version how many instances run on it; and one version's diagram
 * with the steps that instances wait on. All counts come from the engine's statistics queries (one
 * query for every version, one for the steps of a version), so no instance is loaded.
 */
@Service
class ProcessOverview {

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;

  ProcessOverview(RepositoryService repositoryService, ManagementService managementService,
      RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
  }

  /** One version of a process: when it was deployed, how many instances run on it, and whether it may still start. */
  record VersionSummary(int version, Instant deployedAt, long running, boolean suspended) {
  }

  /**
   * A process: {@code setting} is the setting a variant {@code <base>-<setting>} is for, or null for the
   * shared default; {@code removed} when its latest version is suspended (removed through the API).
   */
  record ProcessSummary(String key, String name, String baseKey, String setting, String settingName, String file,
      int latestVersion, boolean removed, long running, long runningOnOlderVersions, List<VersionSummary> versions) {
  }

  /** A step of a version and how many instances of that version are in it now. */
  record WaitingStep(String stepId, String name, long running) {
  }

  record VersionDetail(String key, String name, int version, int latestVersion, String file, Instant deployedAt,
      long running, List<WaitingStep> waiting, String bpmnXml) {
  }

  List<ProcessSummary> processes() {
    Map<String, Long> running = new HashMap<>();
    for (ProcessDefinitionStatistics statistics : managementService.createProcessDefinitionStatisticsQuery().list()) {
      running.put(statistics.getId(), (long) statistics.getInstances());
    }
    Map<String, Instant> deployedAt = new HashMap<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      deployedAt.put(deployment.getId(), deployment.getDeploymentTime() == null ? null
          : deployment.getDeploymentTime().toInstant());
    }
    Map<String, List<ProcessDefinition>> byKey = new TreeMap<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
        .orderByProcessDefinitionVersion().asc().list()) {
      byKey.computeIfAbsent(definition.getKey(), k -> new ArrayList<>()).add(definition);
    }
    List<ProcessSummary> processes = new ArrayList<>();
    byKey.forEach((key, definitions) -> {
      ProcessDefinition latest = definitions.get(definitions.size() - 1);
      List<VersionSummary> versions = definitions.stream()
          .map(d -> new VersionSummary(d.getVersion(), deployedAt.get(d.getDeploymentId()),
              running.getOrDefault(d.getId(), 0L), d.isSuspended()))
          .toList();
      long total = versions.stream().mapToLong(VersionSummary::running).sum();
      long older = total - running.getOrDefault(latest.getId(), 0L);
      Setting setting = ProcessVariants.settingOf(key).orElse(null);
      processes.add(new ProcessSummary(key, name(latest), ProcessVariants.defaultKey(key),
          setting == null ? null : setting.code(), setting == null ? null : setting.dutchName(),
          latest.getResourceName(), latest.getVersion(), latest.isSuspended(), total, older, versions));
    });
    // The main process first, then by the Dutch name of the shared default, each followed by its variants.
    Map<String, String> names = new HashMap<>();
    processes.forEach(p -> names.put(p.key(), p.name()));
    processes.sort(Comparator.comparing((ProcessSummary p) -> p.baseKey().equals(TrajectoryService.MAIN_PROCESS) ? 0 : 1)
        .thenComparing(p -> names.getOrDefault(p.baseKey(), p.name()).toLowerCase())
        .thenComparing(p -> p.setting() == null ? "" : p.setting()));
    return processes;
  }

  VersionDetail version(String key, int version) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw ModelChangeRefused.notFound("Proces '" + key + "' heeft geen versie " + version);
    }
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    // Per step; the engine also counts the body of a multi-instance step, which is the same step to a reader.
    Map<String, Long> perStep = new LinkedHashMap<>();
    for (ActivityStatistics statistics : managementService.createActivityStatisticsQuery(definition.getId()).list()) {
      if (!statistics.getId().contains("#")) {
        perStep.merge(statistics.getId(), (long) statistics.getInstances(), Long::sum);
      }
    }
    List<WaitingStep> waiting = perStep.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> new WaitingStep(e.getKey(), stepName(model, e.getKey()), e.getValue())).toList();
    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId())
        .singleResult();
    return new VersionDetail(key, name(definition), version, latest.getVersion(), definition.getResourceName(),
        deployment == null || deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(),
        running, waiting, xml(definition));
  }

  private String xml(ProcessDefinition definition) {
    try (InputStream in = repositoryService.getProcessModel(definition.getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(ProcessDefinition definition) {
    return definition.getName() == null || definition.getName().isBlank() ? definition.getKey() : definition.getName();
  }

  private static String stepName(BpmnModelInstance model, String id) {
    ModelElementInstance element = model.getModelElementById(id);
    String name = element instanceof FlowElement flow ? flow.getName() : null;
    return name == null || name.isBlank() ? id : name;
  }
}
