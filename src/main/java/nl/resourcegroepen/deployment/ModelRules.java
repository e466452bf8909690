package nl.resourcegroepen.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The rules every diagram, decision table and form must follow before it may run (see
 * processes/README.md). Each problem names the file and element, in Dutch, so an implementation lead
 * can fix it in the modeler. The same rules serve the tests, the validate command and endpoint, and the
 * deploy endpoint.
 */
public final class ModelRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  private static final Pattern ID_LIKE = Pattern.compile("^[a-z]+([A-Z][a-z0-9]*)+$");
  /** A call activity that runs the variant of a process for the trajectory's setting, if there is one. */
  private static final Pattern VARIANT_CALL =
      Pattern.compile("^\\$\\{\\s*variants\\.process\\(\\s*['\"]([A-Za-z0-9_-]+)['\"]\\s*,\\s*setting\\s*\\)\\s*}$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern METHOD_CALL =
      Pattern.compile("(?<![\\w.$])([A-Za-z_$][\\w$]*)\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(");
  /** Members that lead from the engine's own objects to the engine, other beans or Java itself. */
  private static final Pattern ESCAPE = Pattern.compile(
      "\\.\\s*(getProcessEngine|getProcessEngineServices|processEngine|processEngineServices|getClass|class"
          + "|getClassLoader|forName|getRuntime|getBpmnModelInstance|bpmnModelInstance)\\b");
  /** What the engine itself offers to expressions; not beans. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask",
      "authenticatedUserId", "variableScope", "S", "XML", "JSON");
  private static final Set<String> ALLOWED_LANGUAGES = Set.of("juel", "feel", "");
  /** Elements whose class, expression and delegate are already checked by the element rules below. */
  private static final Set<String> DELEGATE_OWNERS =
      Set.of("serviceTask", "executionListener", "taskListener", "messageEventDefinition");

  private final Set<String> beans;

  /** @param beans names of the building blocks a diagram may reach (beans marked as building block) */
  public ModelRules(Set<String> beans) {
    this.beans = beans;
  }

  /**
   * What the engine already runs besides the files being checked: process ids, and the messages its
   * processes wait for and send. Empty when the rules run without an engine (tests, command line).
   */
  public record Deployed(Set<String> processKeys, Set<String> receivedMessages, Set<String> sentMessages) {
    public static final Deployed NOTHING = new Deployed(Set.of(), Set.of(), Set.of());
  }

  public List<ModelProblem> check(Path processesDir, Path formsDir) {
    return check(processesDir, formsDir, Deployed.NOTHING);
  }

  /** Checks every diagram, decision table and form in the two folders, against each other and what is deployed. */
  public List<ModelProblem> check(Path processesDir, Path formsDir, Deployed deployed) {
    List<ModelProblem> problems = new ArrayList<>();
    ModelFiles files = ModelFiles.scan(processesDir, formsDir, problems);
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    for (Path diagram : files.diagrams()) {
      String name = files.resourceName(diagram);
      Document xml = readXml(name, diagram, "Het diagram", problems);
      if (xml == null) {
        continue;
      }
      try {
        models.put(name, ModelFiles.readDiagram(diagram));
        checkXml(name, xml, problems);
      } catch (RuntimeException e) {
        problems.add(new ModelProblem(name, null, "Het diagram is geen geldige BPMN (" + ModelXml.explain(e)
            + "); open het in Camunda Modeler en bewaar het opnieuw"));
      }
    }
    for (Path decision : files.decisions()) {
      checkDecision(files.resourceName(decision), decision, problems);
    }
    for (Path form : files.formsById().values()) {
      checkForm(files.resourceName(form), form, problems);
    }

    Set<String> processKeys = new HashSet<>(deployed.processKeys());
    Set<String> received = new HashSet<>(deployed.receivedMessages());
    Set<String> sent = new HashSet<>(deployed.sentMessages());
    Map<String, String> definedIn = new HashMap<>();
    models.forEach((name, model) -> {
      for (Process process : model.getModelElementsByType(Process.class)) {
        String earlier = definedIn.putIfAbsent(process.getId(), name);
        if (earlier != null) {
          problems.add(new ModelProblem(name, process.getId(), "Proces-id '" + process.getId()
              + "' staat ook in " + earlier + "; elk proces hoort in één diagram"));
        }
        processKeys.add(process.getId());
      }
      received.addAll(receivedMessages(model));
      sent.addAll(sentMessages(model));
    });
    models.forEach((name, model) -> {
      checkDiagram(name, model, files.formsById().keySet(), problems);
      checkCalledProcesses(name, model, processKeys, problems);
      checkMessages(name, model, received, sent, problems);
    });
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
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      String process = model.getModelElementsByType(Process.class).stream().map(Process::getId).findFirst().orElse(null);
      problems.add(new ModelProblem(file, process, "Het diagram heeft geen tekening (BPMNDiagram ontbreekt); "
          + "teken het in Camunda Modeler, zodat elk element een plek heeft"));
    } else {
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
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(file, task, forms, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String formRef = start.getCamundaFormRef();
      if (formRef != null && !forms.contains(formRef)) {
        problems.add(new ModelProblem(file, start.getId(), "Formulier '" + formRef + "' bestaat niet in forms/"));
      }
    }
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      problems.add(new ModelProblem(file, script.getId(), "Scripts zijn niet toegestaan; gebruik een bouwsteen"));
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkDelegate(file, task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), "servicetaak", problems);
    }
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
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
    checkBean(file, owner, delegateExpression, problems);
  }

  private void checkBean(String file, String owner, String delegateExpression, List<ModelProblem> problems) {
    Matcher matcher = DELEGATE_EXPRESSION.matcher(delegateExpression.trim());
    if (!matcher.matches()) {
      problems.add(new ModelProblem(file, owner, "delegateExpression moet de vorm ${naam} hebben, niet '"
          + delegateExpression + "'"));
    } else if (!beans.contains(matcher.group(1))) {
      problems.add(new ModelProblem(file, owner, "Onbekende bouwsteen '" + matcher.group(1)
          + "'; bekend zijn: " + known()));
    }
  }

  /**
   * A call activity names a process that exists: in the checked files or on the engine. The variant
   * form {@code ${variants.process('preparation', setting)}} falls back to the named process, so that
   * one must exist.
   */
  private static void checkCalledProcesses(String file, BpmnModelInstance model, Set<String> processKeys,
      List<ModelProblem> problems) {
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      String called = call.getCalledElement();
      if (isBlank(called)) {
        problems.add(new ModelProblem(file, call.getId(), "De aanroep noemt geen proces (calledElement ontbreekt)"));
        continue;
      }
      String key = called.trim();
      if (key.contains("${") || key.contains("#{")) {
        Matcher variant = VARIANT_CALL.matcher(key);
        if (!variant.matches()) {
          problems.add(new ModelProblem(file, call.getId(), "calledElement moet een proces-id zijn of "
              + "${variants.process('<proces-id>', setting)}, niet '" + called + "'"));
          continue;
        }
        key = variant.group(1);
      }
      if (!processKeys.contains(key)) {
        problems.add(new ModelProblem(file, call.getId(), "Het aangeroepen proces '" + key
            + "' bestaat niet: geen diagram in processes/ heeft dit proces-id en het is ook niet uitgerold"));
      }
    }
  }

  /**
   * Every message event names a message with a name; a message that a process sends is waited for by
   * some process; a message that nobody sends is worth a warning (the process would wait forever,
   * unless the message comes from outside).
   */
  private static void checkMessages(String file, BpmnModelInstance model, Set<String> received, Set<String> sent,
      List<ModelProblem> problems) {
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      ModelElementInstance event = definition.getParentElement();
      String owner = event instanceof BaseElement base ? base.getId() : null;
      String ref = definition.getAttributeValue("messageRef");
      if (isBlank(ref)) {
        problems.add(new ModelProblem(file, owner, "De berichtgebeurtenis noemt geen bericht (messageRef ontbreekt)"));
        continue;
      }
      Message message = message(model, ref);
      if (message == null) {
        problems.add(new ModelProblem(file, owner, "Bericht '" + ref + "' bestaat niet in dit diagram"));
        continue;
      }
      if (isBlank(message.getName())) {
        problems.add(new ModelProblem(file, owner, "Bericht '" + message.getId() + "' heeft geen naam"));
        continue;
      }
      if (isSending(event) && !received.contains(message.getName())) {
        problems.add(new ModelProblem(file, owner, "Bericht '" + message.getName()
            + "' wordt door geen enkel proces ontvangen: geen berichtgebeurtenis wacht erop"));
      }
      if (!isSending(event) && !sent.contains(message.getName())) {
        problems.add(ModelProblem.warning(file, owner, "Geen enkel diagram stuurt bericht '" + message.getName()
            + "'; dit element wacht tot het bericht van buiten de service komt"));
      }
    }
  }

  /** The names of the messages the processes of a diagram wait for (start, catch and boundary events, receive tasks). */
  public static Set<String> receivedMessages(BpmnModelInstance model) {
    Set<String> names = new LinkedHashSet<>();
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      if (!isSending(definition.getParentElement())) {
        addName(model, definition.getAttributeValue("messageRef"), names);
      }
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      addName(model, task.getAttributeValue("messageRef"), names);
    }
    return names;
  }

  /** The names of the messages the processes of a diagram send (throw and end events, send tasks). */
  public static Set<String> sentMessages(BpmnModelInstance model) {
    Set<String> names = new LinkedHashSet<>();
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      if (isSending(definition.getParentElement())) {
        addName(model, definition.getAttributeValue("messageRef"), names);
      }
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      addName(model, task.getAttributeValue("messageRef"), names);
    }
    return names;
  }

  private static boolean isSending(ModelElementInstance event) {
    return event instanceof IntermediateThrowEvent || event instanceof EndEvent;
  }

  private static void addName(BpmnModelInstance model, String ref, Set<String> names) {
    Message message = isBlank(ref) ? null : message(model, ref);
    if (message != null && !isBlank(message.getName())) {
      names.add(message.getName());
    }
  }

  private static Message message(BpmnModelInstance model, String ref) {
    String id = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
    ModelElementInstance element = model.getModelElementById(ref);
    if (element == null) {
      element = model.getModelElementById(id);
    }
    return element instanceof Message message ? message : null;
  }

  /** A decision table: readable, and no scripts, Java classes or calls to other beans in its expressions. */
  private void checkDecision(String file, Path decision, List<ModelProblem> problems) {
    Document xml = readXml(file, decision, "De beslistabel", problems);
    if (xml == null) {
      return;
    }
    try (InputStream in = Files.newInputStream(decision)) {
      Dmn.readModelFromStream(in);
      checkXml(file, xml, problems);
    } catch (IOException | RuntimeException e) {
      problems.add(new ModelProblem(file, null, "De beslistabel is geen geldige DMN (" + ModelXml.explain(e)
          + "); open hem in Camunda Modeler en bewaar hem opnieuw"));
    }
  }

  /** The file as XML, or null after reporting where it is not well-formed. */
  private static Document readXml(String file, Path path, String what, List<ModelProblem> problems) {
    try {
      return ModelXml.read(path);
    } catch (IOException | SAXException e) {
      problems.add(new ModelProblem(file, null, what + " is geen geldige XML (" + ModelXml.explain(e)
          + "); open het bestand in Camunda Modeler en bewaar het opnieuw"));
      return null;
    }
  }

  /** A form: a JSON object with an id (checked when the folder is read) and a list of fields. */
  private static void checkForm(String file, Path form, List<ModelProblem> problems) {
    try {
      JsonNode json = JSON.readTree(form.toFile());
      if (!json.path("components").isArray()) {
        problems.add(new ModelProblem(file, json.path("id").asText(null),
            "Het formulier heeft geen velden (components ontbreekt); maak het in de formulier-editor van Camunda Modeler"));
      }
    } catch (IOException e) {
      problems.add(new ModelProblem(file, null, "Het formulier kan niet worden gelezen: " + e.getMessage()));
    }
  }

  /**
   * The rules that look at every element and attribute of the XML, so that no corner of a diagram or
   * decision table escapes them: no scripts or Java classes anywhere, no connectors, delegates only to
   * building blocks, and expressions that call methods only on building blocks and the engine's own
   * execution or task (without reaching the engine behind them).
   */
  private void checkXml(String file, Document document, List<ModelProblem> problems) {
    walk(file, document.getDocumentElement(), null, problems);
  }

  private void walk(String file, Element element, String ownerId, List<ModelProblem> problems) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : ownerId;
    String name = element.getLocalName();
    boolean camunda = CAMUNDA_BPMN.equals(element.getNamespaceURI()) || CAMUNDA_DMN.equals(element.getNamespaceURI());
    Element parent = element.getParentNode() instanceof Element p ? p : null;
    if (camunda && "connector".equals(name)) {
      problems.add(new ModelProblem(file, id, "Connectoren (camunda:connector) zijn niet toegestaan; gebruik een bouwsteen"));
    }
    if ("script".equals(name) && parent != null && !"scriptTask".equals(parent.getLocalName())
        && !"executionListener".equals(parent.getLocalName()) && !"taskListener".equals(parent.getLocalName())) {
      problems.add(new ModelProblem(file, id, "Scripts zijn niet toegestaan; gebruik een bouwsteen"));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkAttribute(file, id, element, (Attr) attributes.item(i), problems);
    }
    if (!"documentation".equals(name) && !"text".equals(name) && !"description".equals(name)) {
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          checkExpressions(file, id, child.getNodeValue(), problems);
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(file, childElement, id, problems);
      }
    }
  }

  private void checkAttribute(String file, String id, Element element, Attr attribute, List<ModelProblem> problems) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    String owner = element.getLocalName();
    boolean camunda = CAMUNDA_BPMN.equals(attribute.getNamespaceURI()) || CAMUNDA_DMN.equals(attribute.getNamespaceURI());
    boolean coveredElsewhere = DELEGATE_OWNERS.contains(owner);
    if (camunda && (name.equals("class") || name.endsWith("Class")) && !coveredElsewhere) {
      problems.add(new ModelProblem(file, id, "Java-klassen (camunda:" + name + ") zijn niet toegestaan; gebruik een bouwsteen"));
    } else if (camunda && (name.equals("delegateExpression") || name.endsWith("DelegateExpression")) && !coveredElsewhere) {
      checkBean(file, id, value, problems);
    } else if ((name.equals("language") || name.equals("expressionLanguage"))
        && !"definitions".equals(owner) && !ALLOWED_LANGUAGES.contains(language(value))) {
      problems.add(new ModelProblem(file, id, "Scripts zijn niet toegestaan (taal '" + value
          + "'); gebruik een gewone expressie"));
    }
    if (!(camunda && (name.equals("delegateExpression") || name.endsWith("DelegateExpression")))) {
      checkExpressions(file, id, value, problems);
    }
  }

  private static String language(String value) {
    String lower = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
    return lower.contains("feel") ? "feel" : lower;
  }

  private void checkExpressions(String file, String id, String text, List<ModelProblem> problems) {
    if (text == null || (!text.contains("${") && !text.contains("#{"))) {
      return;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
      if (ESCAPE.matcher(body).find()) {
        problems.add(new ModelProblem(file, id, "De expressie '" + expression.group()
            + "' reikt naar de engine of naar Java; dat is niet toegestaan"));
        continue;
      }
      Matcher call = METHOD_CALL.matcher(body);
      while (call.find()) {
        String target = call.group(1);
        if (!beans.contains(target) && !ENGINE_OBJECTS.contains(target)) {
          problems.add(new ModelProblem(file, id, "De expressie '" + expression.group() + "' roept '" + target
              + "' aan, maar dat is geen bouwsteen; bekend zijn: " + known()));
        }
      }
    }
  }

  private String known() {
    return String.join(", ", new TreeSet<>(beans));
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

  /** All problems of a collection, one per line, for test failures and logs. */
  public static String describe(Collection<ModelProblem> problems) {
    return problems.stream().map(ModelProblem::toString).reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
