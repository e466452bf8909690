package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.TRAJECTORY_ID;
import static nl.resourcegroepen.process.ProcessTestSupport.assertCareCoordinatorTask;
import static nl.resourcegroepen.process.ProcessTestSupport.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fase 2 Verdieping: every nominee is approached in parallel, in the way the client chose; who accepts gets an
 * in-depth interview (the real called diagram), who declines may be replaced, and replacements get a next round.
 */
@Deployment(resources = {"processes/in-depth-interviews.bpmn", "processes/in-depth-interview.bpmn"})
class InDepthInterviewsProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  /**
   * Stands in for the members bean, backed by the dossier's list of nominees awaiting approach. The engine reads
   * the multi-instance collection once for the count and once per instance, so the bean must answer the same list
   * (same order) for as long as nothing changes in the dossier.
   */
  public static class FakeMembers {
    final List<String> awaiting = new ArrayList<>();
    final List<String> askedFor = new ArrayList<>();
    int roundsChecked;

    FakeMembers(List<String> nominees) {
      awaiting.addAll(nominees);
    }

    public List<String> awaitingApproach(String trajectoryId) {
      askedFor.add(trajectoryId);
      return List.copyOf(awaiting);
    }

    public boolean hasAwaitingApproach(String trajectoryId) {
      askedFor.add(trajectoryId);
      roundsChecked++;
      return !awaiting.isEmpty();
    }
  }

  private final Date interviewDue = date(2026, 3, 23);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private FakeMembers members;

  private FakeMembers nominees(List<String> nominees) {
    members = new FakeMembers(nominees);
    Mocks.register("members", members);
    return members;
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("inDepthInterviews", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables().putValue("interviewDue", interviewDue));
  }

  /** The open task with this definition key for this nominee, in this trajectory (main or called process). */
  private Task taskFor(String key, String memberId) {
    List<Task> matching = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(TRAJECTORY_ID)
        .taskDefinitionKey(key).list().stream()
        .filter(t -> memberId.equals(engine.getTaskService().getVariable(t.getId(), "memberId")))
        .toList();
    assertThat(matching).as("open %s for %s", key, memberId).hasSize(1);
    return matching.get(0);
  }

  private List<String> openTasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(TRAJECTORY_ID)
        .taskDefinitionKey(key).list().stream()
        .map(t -> (String) engine.getTaskService().getVariable(t.getId(), "memberId"))
        .sorted().toList();
  }

  /** The phase (not counting called interviews) waits at exactly these user tasks. */
  private void assertOpenTasks(ProcessInstance instance, String... keys) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(keys);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(keys);
  }

  private void complete(Task task, Map<String, Object> variables) {
    assertCareCoordinatorTask(task, interviewDue);
    engine.getTaskService().complete(task.getId(), variables);
  }

  private void complete(Task task) {
    complete(task, Map.of());
  }

  private void approach(String memberId, String approach) {
    complete(taskFor("decideApproach", memberId), Variables.putValue("approach", approach));
    members.awaiting.remove(memberId); // the service records that this nominee is being approached
  }

  private void respond(String memberId, boolean accepted, String questionnaire) {
    complete(taskFor("recordNomineeResponse", memberId),
        Variables.putValue("nomineeAccepted", accepted).putValue("questionnaire", questionnaire));
  }

  /** Walks the called in-depth interview of this nominee to its end, checking it got the right questionnaire. */
  private void interview(String memberId, String interviewTask) {
    ProcessInstance interview = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("inDepthInterview").variableValueEquals("memberId", memberId).singleResult();
    assertThat(interview).as("in-depth interview for %s", memberId).isNotNull();
    assertThat(interview.getBusinessKey()).isEqualTo(TRAJECTORY_ID);
    assertThat(engine.getRuntimeService().getVariable(interview.getId(), "interviewDue")).isEqualTo(interviewDue);
    assertThat(engine.getRuntimeService().getVariable(interview.getId(), "team"))
        .isEqualTo(ProcessTestSupport.TEAM);

    complete(taskFor("planInterview", memberId));
    complete(taskFor(interviewTask, memberId));
    complete(taskFor("feedBackSummary", memberId));
    BpmnAwareTests.assertThat(interview).hasPassed(interviewTask).isEnded();
  }

  @Test
  void nomineeInvitedByLetterWhoAcceptsGetsAnInDepthInterview() {
    nominees(List.of("member-1"));
    ProcessInstance instance = start();

    assertOpenTasks(instance, "decideApproach");
    approach("member-1", "letter");
    assertOpenTasks(instance, "sendInvitationLetter");
    complete(taskFor("sendInvitationLetter", "member-1"));
    assertOpenTasks(instance, "recordNomineeResponse");
    respond("member-1", true, "family");

    BpmnAwareTests.assertThat(instance).isWaitingAt("conductInDepthInterview");
    interview("member-1", "interviewFamily");

    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder("inDepthInterviewsStarted", "decideApproach", "sendInvitationLetter",
            "recordNomineeResponse", "conductInDepthInterview", "nomineeInterviewed", "newNomineesGateway",
            "inDepthInterviewsCompleted")
        .hasNotPassed("offerRenomination")
        .isEnded();
    assertThat(members.askedFor).isNotEmpty().containsOnly(TRAJECTORY_ID);
    assertThat(members.roundsChecked).isEqualTo(1);
  }

  @Test
  void eachNomineeIsApproachedAsChosenForThemInParallel() {
    nominees(List.of("member-client", "member-letter", "member-phone", "member-joint"));
    ProcessInstance instance = start();

    assertThat(openTasks("decideApproach"))
        .containsExactly("member-client", "member-joint", "member-letter", "member-phone");

    approach("member-client", "client");
    approach("member-letter", "letter");
    approach("member-phone", "phone");
    approach("member-joint", "joint");

    // only the letter needs a task of its own; the other nominees wait for their response right away
    assertThat(openTasks("sendInvitationLetter")).containsExactly("member-letter");
    assertThat(openTasks("recordNomineeResponse")).containsExactly("member-client", "member-joint", "member-phone");
    complete(taskFor("sendInvitationLetter", "member-letter"));
    assertThat(openTasks("recordNomineeResponse"))
        .containsExactly("member-client", "member-joint", "member-letter", "member-phone");

    // each nominee's own answer decides their questionnaire
    respond("member-client", true, "family");
    respond("member-letter", true, "significantOther");
    respond("member-phone", true, "professional");
    respond("member-joint", true, "significantOther");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("inDepthInterview")
        .superProcessInstanceId(instance.getId()).count()).isEqualTo(4);

    interview("member-client", "interviewFamily");
    interview("member-letter", "interviewSignificantOther");
    interview("member-phone", "interviewProfessional");
    BpmnAwareTests.assertThat(instance).isNotEnded();
    interview("member-joint", "interviewSignificantOther");

    BpmnAwareTests.assertThat(instance).hasNotPassed("offerRenomination").isEnded();
    // the routing flags stayed with their nominee and did not leak into the phase
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("approach").list())
        .allSatisfy(v -> assertThat(v.getActivityInstanceId()).isNotEqualTo(instance.getId()))
        .extracting(v -> v.getValue())
        .containsExactlyInAnyOrder("client", "letter", "phone", "joint");
  }

  @Test
  void nomineeNeverInheritsAnotherNomineesAnswer() {
    nominees(List.of("member-1", "member-2"));
    ProcessInstance instance = start();
    approach("member-1", "phone");
    approach("member-2", "phone");
    respond("member-1", true, "family");

    // the response form for member-2 forgot the questionnaire: member-2 does not get member-1's "family"
    complete(taskFor("recordNomineeResponse", "member-2"), Variables.putValue("nomineeAccepted", true));
    ProcessInstance interview = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("inDepthInterview").variableValueEquals("memberId", "member-2").singleResult();
    assertThat(engine.getRuntimeService().getVariable(interview.getId(), "questionnaire")).isNull();
    // ... and the interview cannot be held without choosing a questionnaire
    Task plan = taskFor("planInterview", "member-2");
    assertThatThrownBy(() -> engine.getTaskService().complete(plan.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("questionnaireGateway");
    assertThat(openTasks("planInterview")).containsExactly("member-1", "member-2");
    BpmnAwareTests.assertThat(instance).isNotEnded();
  }

  @Test
  void declinedNomineeMayBeReplacedAndTheReplacementIsApproachedInANextRound() {
    nominees(List.of("member-1"));
    ProcessInstance instance = start();

    approach("member-1", "phone");
    respond("member-1", false, null);

    assertOpenTasks(instance, "offerRenomination");
    members.awaiting.add("member-2"); // the client nominates someone else on the renomination form
    complete(taskFor("offerRenomination", "member-1"));

    // the client nominated someone else: a new round for the new nominee only
    assertOpenTasks(instance, "decideApproach");
    assertThat(openTasks("decideApproach")).containsExactly("member-2");
    approach("member-2", "joint");
    respond("member-2", true, "professional");
    interview("member-2", "interviewProfessional");

    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder("offerRenomination", "nomineeDeclined", "newNomineesGateway", "nomineesJoin",
            "conductInDepthInterview", "inDepthInterviewsCompleted")
        .isEnded();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("decideApproach").count()).isEqualTo(2);
    assertThat(members.askedFor).containsOnly(TRAJECTORY_ID);
    assertThat(members.roundsChecked).isEqualTo(2);
  }

  @Test
  void declinedNomineeWithoutReplacementEndsThePhase() {
    nominees(List.of("member-1"));
    ProcessInstance instance = start();

    approach("member-1", "client");
    respond("member-1", false, null);
    complete(taskFor("offerRenomination", "member-1"));

    BpmnAwareTests.assertThat(instance).hasPassed("nomineeDeclined").hasNotPassed("conductInDepthInterview")
        .isEnded();
  }

  @Test
  void phaseEndsAtOnceWhenNobodyAwaitsApproach() {
    nominees(List.of());
    ProcessInstance instance = start();


    BpmnAwareTests.assertThat(instance).hasNotPassed("decideApproach").isEnded();
  }

  @Test
  void diagramsFollowTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), "inDepthInterviews", "${interviewDue}");
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), "inDepthInterview", "${interviewDue}");
  }
}
