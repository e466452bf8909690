package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import nl.resourcegroepen.trajectory.TrajectoryService;
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
  private final TrajectoryService trajectories;

  MeetingRecords(MeetingRepository meetings, TrajectoryService trajectories) {
    this.meetings = meetings;
    this.trajectories = trajectories;
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
    MeetingType type = FORMS.get(form.formId());
    meetings.save(new Meeting(form.trajectoryId(), form.team(), type, heldOn,
        form.text("meetingLocation"), form.isTrue("responsibleClinicianPresent")));
    if (type == MeetingType.START) {
      trajectories.recordStartMeeting(form.trajectoryId(), heldOn);
    }
  }
}
