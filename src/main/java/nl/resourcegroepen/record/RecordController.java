package nl.resourcegroepen.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The care record as entered, form by form: who entered what, when (oldest first). */
@RestController
class RecordController {

  record Entry(String formId, String taskDefinitionKey, String memberId, String submittedBy, Instant submittedAt,
      JsonNode values) {
  }

  private final TrajectoryService trajectories;
  private final FormSubmissionRepository submissions;
  private final ObjectMapper json;

  RecordController(TrajectoryService trajectories, FormSubmissionRepository submissions, ObjectMapper json) {
    this.trajectories = trajectories;
    this.submissions = submissions;
    this.json = json;
  }

  @GetMapping("/api/trajectories/{id}/record")
  @Transactional(readOnly = true)
  List<Entry> record(@PathVariable String id, @RequestParam(required = false) String form, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(id).stream()
        .filter(s -> form == null || form.equals(s.getFormId()))
        .map(s -> new Entry(s.getFormId(), s.getTaskDefinitionKey(), s.getMemberId(), s.getSubmittedBy(),
            s.getSubmittedAt(), parse(s.getPayload())))
        .toList();
  }

  private JsonNode parse(String payload) {
    try {
      return json.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
