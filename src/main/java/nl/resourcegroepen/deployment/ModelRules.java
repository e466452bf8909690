package nl.resourcegroepen.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules every diagram and form must follow before it may run (see processes/README.md). Each
 * problem names the file and element, in Dutch, so an implementation lead can fix it in the modeler.
 */
public final class ModelRules {

  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final Pattern ID_LIKE = Pattern.compile("^[a-z]+([A-Z][a-z0-9]*)+$");

  private final Set<String> beans;

  /** @param beans names of the building blocks a diagram may reach (beans marked as building block) */
  public ModelRules(Set<String> beans) {
    this.beans = beans;
  }

  public List<ModelProblem> check(Path processesDir, Path formsDir) {
    List<ModelProblem> problems = new ArrayList<>();
    ModelFiles files;
    try {
      files = ModelFiles.read(processesDir, formsDir);
    } catch (IllegalStateException e) {
      return List.of(new ModelProblem(formsDir.toString(), null, e.getMessage()));
    }
    for (Path diagram : files.diagrams()) {
      String name = files.resourceName(diagram);
      BpmnModelInstance model;
      try {
        model = ModelFiles.readDiagram(diagram);
      } catch (RuntimeException e) {
        problems.add(new ModelProblem(name, null, "Het diagram is geen geldige BPMN: " + rootMessage(e)));
        continue;
      }
      checkDiagram(name, model, files.formsById().keySet(), problems);
    }
    return problems;
  }

  private void checkDiagram(String file, BpmnModelInstance model, Set<String> forms, List<ModelProblem> problems) {
    Map<String, Boolean> drawn = new HashMap<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> {
      if (s.getBpmnElement() != null) {
        drawn.put(s.getBpmnElement().getId(), true);
      }
    });
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
      if (e.getBpmnElement() != null) {
        drawn.put(e.getBpmnElement().getId(), true);
      }
    });
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(new ModelProblem(file, process.getId(), "Het proces heeft geen historyTimeToLive"));
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.containsKey(node.getId())) {
        problems.add(new ModelProblem(file, node.getId(), "Dit element staat niet in de tekening (geen vorm)"));
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.containsKey(flow.getId())) {
        problems.add(new ModelProblem(file, flow.getId(), "Deze pijl staat niet in de tekening (geen lijn)"));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(file, task, forms, problems);
    }
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      problems.add(new ModelProblem(file, script.getId(), "Scripts zijn niet toegestaan; gebruik een bouwsteen"));
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkDelegate(file, task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), "servicetaak", problems);
    }
    for (ModelElementInstance element : model.getModelElementsByType(
        model.getModel().getType(org.camunda.bpm.model.bpmn.instance.MessageEventDefinition.class))) {
      var definition = (org.camunda.bpm.model.bpmn.instance.MessageEventDefinition) element;
      if (definition.getCamundaDelegateExpression() != null || definition.getCamundaClass() != null
          || definition.getCamundaExpression() != null) {
        checkDelegate(file, ((BaseElement) definition.getParentElement()).getId(),
            definition.getCamundaDelegateExpression(), definition.getCamundaClass(),
            definition.getCamundaExpression(), "berichtgebeurtenis", problems);
      }
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      String owner = ownerId(listener);
      if (listener.getCamundaScript() != null) {
        problems.add(new ModelProblem(file, owner, "Scripts in luisteraars zijn niet toegestaan"));
      } else {
        checkDelegate(file, owner, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
            listener.getCamundaExpression(), "luisteraar", problems);
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      String owner = ownerId(listener);
      if (listener.getCamundaScript() != null) {
        problems.add(new ModelProblem(file, owner, "Scripts in luisteraars zijn niet toegestaan"));
      } else {
        checkDelegate(file, owner, listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
            listener.getCamundaExpression(), "taakluisteraar", problems);
      }
    }
  }

  private void checkUserTask(String file, UserTask task, Set<String> forms, List<ModelProblem> problems) {
    String id = task.getId();
    String name = task.getName();
    if (name == null || name.isBlank()) {
      problems.add(new ModelProblem(file, id, "De gebruikerstaak heeft geen naam"));
    } else if (name.equals(id) || ID_LIKE.matcher(name.trim()).matches()) {
      problems.add(new ModelProblem(file, id, "De naam '" + name + "' is een id, geen Nederlandse taaknaam"));
    }
    String formRef = task.getCamundaFormRef();
    if (formRef == null || formRef.isBlank()) {
      problems.add(new ModelProblem(file, id, "De gebruikerstaak heeft geen formulier (camunda:formRef)"));
    } else {
      if (!forms.contains(formRef)) {
        problems.add(new ModelProblem(file, id, "Formulier '" + formRef + "' bestaat niet in forms/"));
      }
      if (!"deployment".equals(task.getCamundaFormRefBinding())) {
        problems.add(new ModelProblem(file, id, "Het formulier moet gekoppeld zijn met formRefBinding \"deployment\""));
      }
    }
    if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaAssignee())
        && isBlank(task.getCamundaCandidateUsers())) {
      problems.add(new ModelProblem(file, id, "De gebruikerstaak heeft geen kandidaatgroep of toegewezene"));
    }
    if (isBlank(task.getCamundaDueDate())) {
      problems.add(new ModelProblem(file, id, "De gebruikerstaak heeft geen vervaldatum (camunda:dueDate)"));
    }
  }

  private void checkDelegate(String file, String owner, String delegateExpression, String className,
      String expression, String what, List<ModelProblem> problems) {
    if (className != null || expression != null) {
      problems.add(new ModelProblem(file, owner, "De " + what
          + " moet een bouwsteen aanroepen met delegateExpression=\"${naam}\", geen Java-klasse of expressie"));
      return;
    }
    if (delegateExpression == null) {
      problems.add(new ModelProblem(file, owner, "De " + what + " roept geen bouwsteen aan (delegateExpression ontbreekt)"));
      return;
    }
    Matcher matcher = DELEGATE_EXPRESSION.matcher(delegateExpression.trim());
    if (!matcher.matches()) {
      problems.add(new ModelProblem(file, owner, "delegateExpression moet de vorm ${naam} hebben, niet '"
          + delegateExpression + "'"));
    } else if (!beans.contains(matcher.group(1))) {
      problems.add(new ModelProblem(file, owner, "Onbekende bouwsteen '" + matcher.group(1)
          + "'; bekend zijn: " + String.join(", ", new java.util.TreeSet<>(beans))));
    }
  }

  /** The element a listener belongs to: the nearest BPMN element around its extension elements. */
  private static String ownerId(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((BaseElement) parent).getId();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** All problems of a collection, one per line, for test failures and logs. */
  public static String describe(Collection<ModelProblem> problems) {
    return problems.stream().map(ModelProblem::toString).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
