package nl.resourcegroepen.trajectory;

import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Execution listener: the trajectory has reached the phase named by the element's extension property
 * {@code phase} (e.g. {@code PREPARATION}). The diagram says which element starts which phase; this
 * bean knows nothing of the diagram. Reaching {@code CLOSED} also ends the trajectory's other processes.
 */
@Component("phaseListener")
@ProcessBuildingBlock(value = "Legt vast dat het traject de fase bereikt uit de eigenschap 'phase' van dit element",
    inputs = {"eigenschap phase van het element: PREPARATION, IN_DEPTH, PLANNING, START, FOLLOW_UP, REORIENTATION"
        + " of CLOSED", "business key (id van het traject)"},
    outputs = {"dossier: huidige fase en datum van het traject, en een regel in phase_transition als de fase"
        + " verandert", "bij CLOSED: de andere processen van het traject (themabijeenkomsten) worden beëindigd"})
class PhaseListener implements ExecutionListener {

  static final String PROPERTY = "phase";

  private final TrajectoryService trajectories;

  PhaseListener(TrajectoryService trajectories) {
    this.trajectories = trajectories;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    String phase = property(element, PROPERTY);
    if (phase == null) {
      throw new IllegalStateException("Element " + element.getId() + " heeft geen eigenschap 'phase'");
    }
    Phase reached = Phase.valueOf(phase);
    trajectories.reachPhase(execution.getProcessBusinessKey(), reached);
    if (reached == Phase.CLOSED) {
      trajectories.endOtherProcesses(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
  }

  static String property(FlowElement element, String name) {
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }
}
