package nl.resourcegroepen.reporting;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.team.Roles;
import nl.resourcegroepen.team.Team;
import nl.resourcegroepen.team.TeamRepository;
import nl.resourcegroepen.team.Teams;
import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.trajectory.Setting;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for managers and team coordinators, as JSON and as CSV (semicolon-separated, for Dutch
 * spreadsheets). Each figure can be drilled down to the steps behind it; trajectories appear by
 * pseudonym only.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private static final Set<String> READERS = Set.of(Roles.MANAGER, Roles.TEAM_COORDINATOR, Roles.ADMINISTRATOR);

  /** A team the user may see figures of, for the dashboard's filters. */
  record TeamRef(String id, String name, String setting, String settingName) {
  }

  private final ReportService reports;
  private final Teams teams;
  private final TeamRepository teamRepository;

  ReportController(ReportService reports, Teams teams, TeamRepository teamRepository) {
    this.reports = reports;
    this.teams = teams;
    this.teamRepository = teamRepository;
  }

  /** The teams the figures are about: for a manager the teams they manage, for a coordinator their own. */
  @GetMapping("/teams")
  List<TeamRef> teams(Principal user) {
    Set<String> scope = scope(user, null);
    return teamRepository.findAllById(scope).stream()
        .sorted(Comparator.comparing(Team::getName))
        .map(t -> new TeamRef(t.getId(), t.getName(), t.getSetting().code(), t.getSetting().dutchName()))
        .toList();
  }

  @GetMapping("/overdue")
  List<ReportService.OverdueRow> overdue(@RequestParam(required = false) String team,
      @RequestParam(required = false) String setting, Principal user) {
    return reports.overdue(scope(user, team, setting), setting);
  }

  @GetMapping(value = "/overdue.csv", produces = "text/csv")
  ResponseEntity<byte[]> overdueCsv(@RequestParam(required = false) String team,
      @RequestParam(required = false) String setting, Principal user) {
    Stream<String> lines = reports.overdue(scope(user, team, setting), setting).stream().map(r -> csv(
        r.team(), r.setting(), r.phaseName(), r.stepName(), r.upToAWeek(), r.upToAMonth(), r.upToAQuarter(),
        r.longer(), r.total()));
    return csvFile("te-late-stappen.csv", csv("team", "setting", "fase", "stap", "1 tot 7 dagen",
        "8 tot 30 dagen", "31 tot 90 dagen", "meer dan 90 dagen", "totaal"), lines);
  }

  @GetMapping("/attention")
  List<ReportService.Attention> attention(@RequestParam(required = false) String team, Principal user) {
    return reports.attention(scope(user, team));
  }

  @GetMapping("/phases/durations")
  List<ReportService.PhaseDuration> phaseDurations(@RequestParam(required = false) String team, Principal user) {
    return reports.phaseDurations(scope(user, team));
  }

  @GetMapping("/phases/trend")
  List<ReportService.MonthCount> trend(@RequestParam(required = false) String team, Principal user) {
    return reports.trend(scope(user, team));
  }

  @GetMapping("/phases")
  List<ReportService.PhaseCount> phases(@RequestParam(required = false) String team,
      @RequestParam(required = false) String setting, Principal user) {
    return reports.phases(scope(user, team, setting), setting);
  }

  @GetMapping("/overdue/steps")
  List<ReportService.OverdueStep> overdueSteps(@RequestParam(required = false) String team,
      @RequestParam(required = false) String setting, @RequestParam(required = false) Phase phase,
      @RequestParam(required = false) String step, @RequestParam(required = false) String bucket, Principal user) {
    return reports.overdueSteps(scope(user, team, setting), setting, phase, step, bucket(bucket));
  }

  @GetMapping(value = "/overdue/steps.csv", produces = "text/csv")
  ResponseEntity<byte[]> overdueStepsCsv(@RequestParam(required = false) String team,
      @RequestParam(required = false) String setting, @RequestParam(required = false) Phase phase,
      @RequestParam(required = false) String step, @RequestParam(required = false) String bucket, Principal user) {
    Stream<String> lines = reports.overdueSteps(scope(user, team, setting), setting, phase, step, bucket(bucket)).stream()
        .map(s -> csv(s.pseudonym(), s.team(), s.setting(), s.phase().dutchName(), s.stepName(),
            s.assignee(), s.dueAt(), s.daysOverdue()));
    return csvFile("te-late-stappen-details.csv", csv("cliënt (pseudoniem)", "team", "setting", "fase", "stap",
        "toegewezen aan", "vervaldatum", "dagen te laat"), lines);
  }

  /** The teams the user may see figures of, narrowed to one team on request; checks the setting too. */
  private Set<String> scope(Principal user, String team, String setting) {
    if (setting != null) {
      try {
        Setting.fromCode(setting);
      } catch (IllegalArgumentException e) {
        throw problem(HttpStatus.BAD_REQUEST, e.getMessage());
      }
    }
    return scope(user, team);
  }

  private Set<String> scope(Principal user, String team) {
    Set<String> groups = teams.groupsOf(user.getName());
    if (groups.stream().noneMatch(READERS::contains)) {
      throw problem(HttpStatus.FORBIDDEN, "Rapportages zijn er voor managers en teamcoördinatoren");
    }
    Set<String> visible = teams.visibleTeams(user.getName());
    if (team == null || team.isBlank()) {
      return visible;
    }
    if (!visible.contains(team)) {
      throw problem(HttpStatus.NOT_FOUND, "Onbekend team of geen toegang: " + team);
    }
    return Set.of(team);
  }

  private static OverdueBucket bucket(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return OverdueBucket.fromCode(code).orElseThrow(() -> problem(HttpStatus.BAD_REQUEST,
        "Onbekende periode '" + code + "'; kies 1-7, 8-30, 31-90 of 90+"));
  }

  private static ErrorResponseException problem(HttpStatus status, String detail) {
    return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }

  private static String csv(Object... values) {
    return Stream.of(values).map(v -> v == null ? "" : v.toString())
        .map(v -> v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
        .collect(Collectors.joining(";"));
  }

  private static ResponseEntity<byte[]> csvFile(String name, String header, Stream<String> lines) {
    String body = "\uFEFF" + Stream.concat(Stream.of(header), lines).collect(Collectors.joining("\r\n")) + "\r\n";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
