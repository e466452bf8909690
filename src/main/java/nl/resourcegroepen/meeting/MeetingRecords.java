package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/** Records a meeting from the forms with which a meeting is held. */
@Component
class MeetingRecords implements FormDataHandler {

  private static final Map<String, MeetingType> FORMS = Map.of(
      "start-meeting", MeetingType.START,
      "follow-up-meeting", MeetingType.FOLLOW_UP,
      "theme-meeting", MeetingType.THEME,
      "handover-meeting", MeetingType.HANDOVER);

  private final MeetingRepository meetings;

  MeetingRecords(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  public Set<String> formIds() {
    return FORMS.keySet();
  }

  @Override
  public void handle(SubmittedForm form) {
    String date = form.text("meetingDate");
    LocalDate heldOn = date == null ? LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE)
        : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
    meetings.save(new Meeting(form.trajectoryId(), form.team(), FORMS.get(form.formId()), heldOn,
        form.text("meetingLocation"), form.isTrue("responsibleClinicianPresent")));
  }
}
