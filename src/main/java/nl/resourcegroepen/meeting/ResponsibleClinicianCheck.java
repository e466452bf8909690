package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import nl.resourcegroepen.record.FormSubmissionRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task: has the zorgverantwoordelijke attended a meeting within {@code responsibleClinicianInterval}?
 * Counts from the later of: the last meeting they attended, the last invitation sent because they had
 * not, and the first meeting of the group. Sets {@code responsibleClinicianOverdue}.
 */
@Component(ResponsibleClinicianCheck.BEAN)
@ProcessBuildingBlock(value = "Kijkt of de zorgverantwoordelijke binnen de termijn bij een bijeenkomst was",
    inputs = {"responsibleClinicianInterval (ISO-8601-duur uit deadlines.dmn)", "business key (id van het traject)",
        "dossier: bijeenkomsten en verstuurde uitnodigingen (formulier responsible-clinician-invitation)"},
    outputs = "responsibleClinicianOverdue: true als de termijn voorbij is sinds de laatste bijeenkomst waarbij hij"
        + " aanwezig was, de laatste uitnodiging of de eerste bijeenkomst (de laatste van die drie telt)")
class ResponsibleClinicianCheck implements JavaDelegate {

  static final String BEAN = "responsibleClinicianCheck";
  static final String INVITATION_FORM = "responsible-clinician-invitation";

  private final MeetingRepository meetings;
  private final FormSubmissionRepository submissions;

  ResponsibleClinicianCheck(MeetingRepository meetings, FormSubmissionRepository submissions) {
    this.meetings = meetings;
    this.submissions = submissions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String trajectoryId = execution.getProcessBusinessKey();
    Period interval = Period.parse((String) execution.getVariable("responsibleClinicianInterval"));
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE);
    LocalDate lastInvitation = submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectoryId).stream()
        .filter(s -> INVITATION_FORM.equals(s.getFormId()))
        .map(s -> LocalDate.ofInstant(s.getSubmittedAt(), EngineClock.ZONE))
        .reduce((a, b) -> b).orElse(null);
    LocalDate since = Stream.of(meetings.lastAttendedByResponsibleClinician(trajectoryId).orElse(null),
            lastInvitation, meetings.firstMeeting(trajectoryId).orElse(null))
        .filter(java.util.Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElse(today);
    execution.setVariable("responsibleClinicianOverdue", !since.plus(interval).isAfter(today));
  }
}
