package nl.resourcegroepen.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox: the open tasks of the user's teams, bulk actions, and a task's form. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

  record TaskIds(@NotEmpty(message = "Kies ten minste één taak") List<String> taskIds) {
  }

  record Reassignment(@NotEmpty(message = "Kies ten minste één taak") List<String> taskIds,
      @NotBlank(message = "Kies aan wie de taken worden toegewezen") String userId) {
  }

  private final InboxService inbox;

  InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/tasks")
  List<TaskRow> tasks(@RequestParam(defaultValue = "team") String view,
      @RequestParam(required = false) String client,
      @RequestParam(defaultValue = "due") String sort,
      @RequestParam(defaultValue = "asc") String dir,
      Principal user) {
    return inbox.list(user.getName(), view, client, sort, dir);
  }

  @PostMapping("/tasks/claim")
  InboxService.ActionResult claim(@Valid @RequestBody TaskIds request, Principal user) {
    return inbox.claim(user.getName(), request.taskIds());
  }

  @PostMapping("/tasks/release")
  InboxService.ActionResult release(@Valid @RequestBody TaskIds request, Principal user) {
    return inbox.release(user.getName(), request.taskIds());
  }

  @PostMapping("/tasks/reassign")
  InboxService.ActionResult reassign(@Valid @RequestBody Reassignment request, Principal user) {
    return inbox.reassign(user.getName(), request.taskIds(), request.userId());
  }

  @GetMapping(value = "/tasks/{id}/form", produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode form(@PathVariable String id, Principal user) {
    return inbox.form(user.getName(), id);
  }

  @GetMapping("/tasks/{id}/data")
  Map<String, Object> formData(@PathVariable String id, Principal user) {
    return inbox.formData(user.getName(), id);
  }

  @PostMapping("/tasks/{id}/complete")
  InboxService.CompleteResult complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values,
      Principal user) {
    return inbox.complete(user.getName(), id, values);
  }

  @GetMapping("/team-members")
  List<InboxService.TeamMember> teamMembers(Principal user) {
    return inbox.teamMembers(user.getName());
  }
}
