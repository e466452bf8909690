package nl.resourcegroepen.deployment;

import java.util.List;
import nl.resourcegroepen.security.GroupAuthorities;
import nl.resourcegroepen.team.Roles;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Changing the processes safely: validate a changed set of diagrams, decision tables and forms (anyone
 * logged in), deploy it, remove a process, and preview and carry out the migration of running
 * trajectories (implementation leads only). Files come as multipart, one by one or as a zip. The
 * implementation leads also see the deployed processes with their versions and what runs on them.
 */
@RestController
@RequestMapping("/api/deployments")
class DeploymentController {

  private final ModelChanges changes;
  private final ProcessMigration migration;
  private final ProcessOverview overview;

  DeploymentController(ModelChanges changes, ProcessMigration migration, ProcessOverview overview) {
    this.changes = changes;
    this.migration = migration;
    this.overview = overview;
  }

  @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ModelChanges.ValidationReport validate(MultipartHttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean acceptUnmigratable) {
    return changes.validate(upload(request), acceptUnmigratable);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ModelChanges.DeployResult deploy(MultipartHttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean acceptUnmigratable, Authentication user) {
    requireImplementationLead(user, "uitrollen");
    return changes.deploy(upload(request), acceptUnmigratable, user.getName());
  }

  @GetMapping("/processes")
  List<ProcessOverview.ProcessSummary> processes(Authentication user) {
    requireImplementationLead(user, "de processen bekijken");
    return overview.processes();
  }

  @GetMapping("/processes/{key}/versions/{version}")
  ProcessOverview.VersionDetail version(@PathVariable String key, @PathVariable int version, Authentication user) {
    requireImplementationLead(user, "de processen bekijken");
    return overview.version(key, version);
  }

  @DeleteMapping("/processes/{key}")
  ModelChanges.RemoveResult remove(@PathVariable String key, Authentication user) {
    requireImplementationLead(user, "processen verwijderen");
    return changes.remove(key, user.getName());
  }

  @GetMapping("/processes/{key}/migration")
  ProcessMigration.Preview preview(@PathVariable String key, Authentication user) {
    requireImplementationLead(user, "migraties bekijken");
    return migration.preview(key);
  }

  @PostMapping("/processes/{key}/migration")
  ProcessMigration.Result migrate(@PathVariable String key, Authentication user) {
    requireImplementationLead(user, "trajecten migreren");
    return migration.migrate(key, user.getName());
  }

  /** Every uploaded file, whatever the name of its field. */
  private static ModelUpload upload(MultipartHttpServletRequest request) {
    List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
    return ModelUpload.of(files);
  }

  private static void requireImplementationLead(Authentication user, String what) {
    if (!GroupAuthorities.has(user, Roles.IMPLEMENTATION_LEAD)) {
      throw ModelChangeRefused.forbidden("Alleen implementatieleiders kunnen " + what);
    }
  }
}
