package nl.resourcegroepen.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.resourcegroepen.engine.EngineClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a task with a form is completed – in Tasklist, through the engine REST API, our API or Java –
 * the care content of the form leaves the engine: it is stored in the care record and removed from
 * the process variables in the same transaction, so it is never committed to the engine's tables (the
 * engine runs at history level activity, which records no variable values). Only the fields the form
 * marks as routing flags stay, for the diagram's gateways.
 */
@Component
class FormSubmissionRecorder {

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final FormSchemas schemas;
  private final FormSubmissionRepository submissions;
  private final List<FormDataHandler> handlers;
  private final ObjectMapper json;
  private final Map<String, String> deploymentByDefinition = new ConcurrentHashMap<>();

  FormSubmissionRecorder(RepositoryService repositoryService, IdentityService identityService, FormSchemas schemas,
      FormSubmissionRepository submissions, List<FormDataHandler> handlers, ObjectMapper json) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.schemas = schemas;
    this.submissions = submissions;
    this.handlers = handlers;
    this.json = json;
  }

  @EventListener
  public void onTaskEvent(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null) {
      return;
    }
    String formId = userTask.getCamundaFormRef();
    if (formId == null || formId.contains("${") || formId.contains("#{")) {
      return;
    }
    FormSchemas.Fields fields = schemas.fields(deploymentOf(task.getProcessDefinitionId()), formId);
    Map<String, Object> content = new LinkedHashMap<>();
    fields.routingByKey().forEach((key, routing) -> {
      if (task.hasVariable(key)) {
        content.put(key, plain(task.getVariable(key)));
        if (!routing) {
          task.removeVariable(key);
        }
      }
    });
    SubmittedForm form = new SubmittedForm(
        task.getExecution().getProcessBusinessKey(),
        String.valueOf(task.getVariable("team")),
        (String) task.getVariable("memberId"),
        formId,
        task.getTaskDefinitionKey(),
        submitter(task),
        EngineClock.now(),
        content);
    submissions.save(new FormSubmission(form, toJson(content)));
    handlers.stream().filter(h -> h.formIds().contains(formId)).forEach(h -> h.handle(form));
  }

  private String deploymentOf(String processDefinitionId) {
    return deploymentByDefinition.computeIfAbsent(processDefinitionId,
        id -> repositoryService.getProcessDefinition(id).getDeploymentId());
  }

  private String submitter(DelegateTask task) {
    Authentication current = identityService.getCurrentAuthentication();
    return current != null ? current.getUserId() : task.getAssignee();
  }

  /** Lists and groups arrive from Tasklist as JSON values; the record keeps them as plain data. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return json.readValue(node.toString(), new TypeReference<Object>() { });
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Ongeldige JSON in formulierveld", e);
      }
    }
    return value;
  }

  private String toJson(Map<String, Object> content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
