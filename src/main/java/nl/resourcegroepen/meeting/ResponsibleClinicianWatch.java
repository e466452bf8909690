package nl.resourcegroepen.meeting;

import nl.resourcegroepen.trajectory.ProcessVariants;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.stereotype.Component;

/**
 * Whether a setting's main process watches the presence of the zorgverantwoordelijke, read from the
 * deployed diagram (a service task with the building block {@code responsibleClinicianCheck}). The
 * wijkteam's does not, because no zorgverantwoordelijke is required there; reports follow the diagram, so a
 * lead who adds or removes the check changes the figures with it.
 */
@Component
public class ResponsibleClinicianWatch {

  private static final String CHECK = "${" + ResponsibleClinicianCheck.BEAN + "}";

  private final RepositoryService repositoryService;
  private final ProcessVariants variants;

  ResponsibleClinicianWatch(RepositoryService repositoryService, ProcessVariants variants) {
    this.repositoryService = repositoryService;
    this.variants = variants;
  }

  /** @param setting a setting code, e.g. {@code neighbourhoodTeam} */
  public boolean watches(String setting) {
    ProcessDefinition main = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(variants.process(TrajectoryService.MAIN_PROCESS, setting)).latestVersion().singleResult();
    return main != null && repositoryService.getBpmnModelInstance(main.getId()).getModelElementsByType(ServiceTask.class)
        .stream().anyMatch(task -> CHECK.equals(task.getCamundaDelegateExpression()));
  }
}
