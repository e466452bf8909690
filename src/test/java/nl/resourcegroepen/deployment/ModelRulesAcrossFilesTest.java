package nl.resourcegroepen.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that look across files: a call activity calls a process that exists (also in the variant
 * form), a message that is sent is waited for, a decision table has no scripts; and the validate
 * command prints them in Dutch.
 */
class ModelRulesAcrossFilesTest {

  private static final Set<String> BEANS = Set.of("variants", "sendTrajectoryMessage", "phaseListener");

  @TempDir
  Path root;
  Path processes;
  Path forms;

  @BeforeEach
  void folders() throws IOException {
    processes = Files.createDirectories(root.resolve("processes"));
    forms = Files.createDirectories(root.resolve("forms"));
    Files.writeString(forms.resolve("communication.form"), "{\"id\":\"communication\",\"components\":[]}");
    try (var in = getClass().getResourceAsStream("/model-changes/check-in.bpmn")) {
      Files.write(processes.resolve("check-in.bpmn"), in.readAllBytes());
    }
  }

  @Test
  void aCallActivityMayCallAProcessOrItsVariantByTheBaseId() throws IOException {
    write("caller.bpmn", caller("${variants.process('checkIn', setting)}"));

    assertThat(check()).isEmpty();
  }

  @Test
  void aCalledProcessMustExistAlsoInTheVariantFormAndOtherExpressionsAreRefused() throws IOException {
    write("caller.bpmn", caller("${variants.process('checkUp', setting)}"));
    write("other.bpmn", caller("${processes.pick(setting)}").replace("caller", "other"));

    List<ModelProblem> problems = check();

    assertThat(problems).extracting(ModelProblem::message).anySatisfy(m -> assertThat(m)
        .contains("Het aangeroepen proces 'checkUp' bestaat niet"));
    assertThat(problems).extracting(ModelProblem::message).anySatisfy(m -> assertThat(m)
        .contains("calledElement moet een proces-id zijn of ${variants.process('<proces-id>', setting)}"));
  }

  @Test
  void aProcessDeployedOnTheEngineCountsAsExisting() throws IOException {
    write("caller.bpmn", caller("planning"));

    assertThat(new ModelRules(BEANS).check(processes, forms,
        new ModelRules.Deployed(Set.of("planning"), Set.of(), Set.of()))).isEmpty();
    assertThat(check()).extracting(ModelProblem::message).singleElement()
        .satisfies(m -> assertThat(m).contains("'planning' bestaat niet"));
  }

  @Test
  void aDecisionTableWithAScriptIsRefused() throws IOException {
    write("rules.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="rules" name="Regels" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="choose" name="Kiezen">
            <decisionTable id="table">
              <input id="in" label="Setting">
                <inputExpression id="inExpression" typeRef="string" expressionLanguage="javascript"><text>setting</text></inputExpression>
              </input>
              <output id="out" name="result" typeRef="string" />
              <rule id="rule1"><inputEntry id="e1"><text>-</text></inputEntry><outputEntry id="o1"><text>"x"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """);

    assertThat(check()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("processes/rules.dmn");
      assertThat(p.elementId()).isEqualTo("inExpression");
      assertThat(p.message()).contains("Scripts zijn niet toegestaan (taal 'javascript')");
    });
  }

  @Test
  void theValidateCommandPrintsErrorsAndWarningsInDutch() {
    String report = ValidateModels.report(Path.of("processes"), Path.of("forms"), List.of(
        new ModelProblem("processes/a.bpmn", "task", "Formulier 'x' bestaat niet in forms/"),
        ModelProblem.warning("processes/b.bpmn", null, "Geen enkel diagram stuurt bericht 'Y'")));

    assertThat(report).contains("1 fout, 1 waarschuwing")
        .contains("FOUT  processes/a.bpmn [task]: Formulier 'x' bestaat niet in forms/")
        .contains("WAARSCHUWING  processes/b.bpmn: Geen enkel diagram stuurt bericht 'Y'");
  }

  @Test
  void theValidateCommandPassesOnTheProjectModelsAndFailsOnBrokenOnes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ValidateModels.run(new String[] {"processes", "forms"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Controle van processes en forms: in orde");

    out.reset();
    assertThat(ValidateModels.run(new String[] {"src/test/resources/broken-models/processes",
        "src/test/resources/broken-models/forms"}, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("15 fouten", "FOUT  processes/broken.bpmn [script]");

    assertThat(ValidateModels.run(new String[] {"bestaat-niet", "forms"}, new PrintStream(out))).isEqualTo(2);
  }

  private List<ModelProblem> check() {
    return new ModelRules(BEANS).check(processes, forms);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(processes.resolve(name), content);
  }

  /** A process with one call activity, drawn. */
  private static String caller(String calledElement) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="callerDefinitions" targetNamespace="http://resourcegroepen.nl/processes">
          <bpmn:process id="caller" isExecutable="true" camunda:historyTimeToLive="3650">
            <bpmn:startEvent id="callerStarted" />
            <bpmn:callActivity id="callIt" name="Aanroepen" calledElement="%s" />
            <bpmn:sequenceFlow id="toCallIt" sourceRef="callerStarted" targetRef="callIt" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="callerDiagram">
            <bpmndi:BPMNPlane id="callerPlane" bpmnElement="caller">
              <bpmndi:BPMNShape id="callerStartedShape" bpmnElement="callerStarted"><dc:Bounds x="0" y="0" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="callItShape" bpmnElement="callIt"><dc:Bounds x="100" y="0" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="toCallItEdge" bpmnElement="toCallIt"><di:waypoint x="36" y="18" /><di:waypoint x="100" y="18" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(calledElement);
  }
}
