package nl.resourcegroepen.trajectory;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.team.Team;
import nl.resourcegroepen.team.TeamRepository;
import nl.resourcegroepen.team.Teams;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts trajectories and keeps their phase; writes JPA and talks to the engine in one transaction. */
@Service
public class TrajectoryService {

  /** The key of the main process; every trajectory runs one instance of it. */
  public static final String MAIN_PROCESS = "resourcegroep";

  private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ClientRepository clients;
  private final TrajectoryRepository trajectories;
  private final PhaseTransitionRepository transitions;
  private final TeamRepository teamRepository;
  private final Teams teams;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ProcessVariants variants;

  TrajectoryService(ClientRepository clients, TrajectoryRepository trajectories,
      PhaseTransitionRepository transitions, TeamRepository teamRepository, Teams teams,
      RuntimeService runtimeService, TaskService taskService, ProcessVariants variants) {
    this.variants = variants;
    this.clients = clients;
    this.trajectories = trajectories;
    this.transitions = transitions;
    this.teamRepository = teamRepository;
    this.teams = teams;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @Transactional
  public TrajectoryView start(StartTrajectory request, String userId) {
    Team team = teamRepository.findById(request.team())
        .orElseThrow(() -> TrajectoryException.invalid("Onbekend team '" + request.team() + "'"));
    if (!teams.visibleTeams(userId).contains(team.getId())) {
      throw TrajectoryException.forbidden("U kunt alleen trajecten starten voor uw eigen team");
    }
    String careCoordinator = request.careCoordinator() == null || request.careCoordinator().isBlank()
        ? userId : request.careCoordinator();
    if (!teams.isMember(careCoordinator, team.getId())) {
      throw TrajectoryException.invalid("Regieondersteuner '" + careCoordinator + "' hoort niet bij " + team.getName());
    }
    Client client = client(request, team);
    Setting setting = request.setting() == null ? team.getSetting() : request.setting();
    Instant now = EngineClock.now();
    Trajectory trajectory = trajectories.save(new Trajectory(client, setting, team.getId(), careCoordinator, now));
    transitions.save(new PhaseTransition(trajectory.getId(), team.getId(), Phase.PREPARATION, now));
    // Only ids and routing data go to the engine: the client's name stays in the client table.
    runtimeService.startProcessInstanceByKey(variants.process(MAIN_PROCESS, setting.code()), trajectory.getId(), Map.of(
        "trajectoryId", trajectory.getId(),
        "setting", setting.code(),
        "team", team.getId(),
        "teamCoordinators", team.getCoordinatorsGroup(),
        "careCoordinator", careCoordinator));
    return view(trajectory, true);
  }

  /** An open step (user task) of a trajectory. */
  public record OpenStep(String taskId, String name, Instant due, boolean overdue, String assignee) {
  }

  @Transactional(readOnly = true)
  public List<OpenStep> openSteps(String trajectoryId, String userId) {
    requireCareAccess(trajectoryId, userId);
    Instant now = EngineClock.now();
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId).orderByDueDate().asc().list()
        .stream()
        .map(t -> new OpenStep(t.getId(), t.getName(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
            t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now), t.getAssignee()))
        .toList();
  }

  @Transactional(readOnly = true)
  public TrajectoryView find(String id, String userId) {
    Trajectory trajectory = trajectories.findById(id).orElseThrow(TrajectoryException::notFound);
    if (!teams.visibleTeams(userId).contains(trajectory.getTeam())) {
      throw TrajectoryException.notFound();
    }
    return view(trajectory, teams.isMember(userId, trajectory.getTeam()));
  }

  /**
   * Care content (plan, members, meetings, documents, the record) is for the trajectory's own team only:
   * 404 for a trajectory the user cannot see at all, 403 for one they see only as a figure (managers).
   */
  @Transactional(readOnly = true)
  public TrajectoryView requireCareAccess(String trajectoryId, String userId) {
    TrajectoryView trajectory = find(trajectoryId, userId);
    if (!teams.isMember(userId, trajectory.team())) {
      throw TrajectoryException.forbidden("Zorginhoud is alleen in te zien door het team van de cliënt");
    }
    return trajectory;
  }

  /** Records that a trajectory reached a phase (called by the phase listener of the main process). */
  @Transactional
  public void reachPhase(String trajectoryId, Phase phase) {
    Trajectory trajectory = trajectories.findById(trajectoryId)
        .orElseThrow(() -> new IllegalStateException("Geen traject met id " + trajectoryId));
    Instant now = EngineClock.now();
    if (trajectory.reach(phase, now)) {
      transitions.save(new PhaseTransition(trajectory.getId(), trajectory.getTeam(), phase, now));
    }
  }

  /** Records the date the start meeting was held (the first one counts). */
  @Transactional
  public void recordStartMeeting(String trajectoryId, LocalDate heldOn) {
    trajectories.findById(trajectoryId).ifPresent(t -> t.startMeetingHeld(heldOn));
  }

  /**
   * A closed trajectory leaves no open work: processes it started on its own (theme meetings) end with
   * it. The main process itself ends by its terminate end event.
   */
  @Transactional
  public void endOtherProcesses(String trajectoryId, String mainProcessInstanceId) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectoryId).rootProcessInstances()
        .list().stream()
        .filter(p -> !p.getId().equals(mainProcessInstanceId))
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Traject afgesloten", false));
  }

  private Client client(StartTrajectory request, Team team) {
    boolean byPseudonym = request.clientPseudonym() != null && !request.clientPseudonym().isBlank();
    if (byPseudonym == (request.newClient() != null)) {
      throw TrajectoryException.invalid("Geef óf het pseudoniem van een bestaande cliënt, óf een nieuwe cliënt");
    }
    if (byPseudonym) {
      Client client = clients.findByPseudonym(request.clientPseudonym())
          .orElseThrow(() -> TrajectoryException.invalid("Geen cliënt met pseudoniem '" + request.clientPseudonym() + "'"));
      if (!client.getTeam().equals(team.getId())) {
        throw TrajectoryException.invalid("Deze cliënt hoort niet bij " + team.getName());
      }
      return client;
    }
    return clients.save(new Client(newPseudonym(), request.newClient().name().trim(),
        request.newClient().birthDate(), team.getId(), EngineClock.now()));
  }

  private String newPseudonym() {
    String pseudonym;
    do {
      StringBuilder sb = new StringBuilder("RG-");
      for (int i = 0; i < 6; i++) {
        sb.append(PSEUDONYM_ALPHABET.charAt(RANDOM.nextInt(PSEUDONYM_ALPHABET.length())));
      }
      pseudonym = sb.toString();
    } while (clients.existsByPseudonym(pseudonym));
    return pseudonym;
  }

  private TrajectoryView view(Trajectory t, boolean showName) {
    List<TrajectoryView.PhaseView> phases = transitions.findByTrajectoryIdOrderByReachedAtAscIdAsc(t.getId()).stream()
        .map(p -> TrajectoryView.PhaseView.of(p.getPhase(), p.getReachedAt())).toList();
    Client c = t.getClient();
    return new TrajectoryView(t.getId(),
        new TrajectoryView.ClientView(c.getId(), c.getPseudonym(), showName ? c.getName() : null),
        t.getSetting(), t.getTeam(), t.getCareCoordinator(),
        TrajectoryView.PhaseView.of(t.getCurrentPhase(), t.getPhaseReachedAt()),
        t.getStartedAt(), t.getClosedAt(), phases, deadlines(t));
  }

  private TrajectoryView.Deadlines deadlines(Trajectory t) {
    Instant now = EngineClock.now();
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(t.getId())
        .processDefinitionKeyIn(ProcessVariants.allKeys(MAIN_PROCESS)).singleResult();
    Object due = main == null ? null : runtimeService.getVariable(main.getId(), "firstMeetingDue");
    Instant firstMeetingDue = due instanceof Date date ? date.toInstant() : null;
    LocalDate held = t.getStartMeetingHeldOn();
    boolean late = firstMeetingDue != null && (held == null
        ? now.isAfter(firstMeetingDue)
        : held.isAfter(LocalDate.ofInstant(firstMeetingDue, EngineClock.ZONE)));
    long overdue = taskService.createTaskQuery().processInstanceBusinessKey(t.getId())
        .dueBefore(Date.from(now)).count();
    return new TrajectoryView.Deadlines(firstMeetingDue, held, late, overdue);
  }
}
