package nl.resourcegroepen.youth;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The consent recorded for a young person's resource group (jeugd), for the trajectory's team. */
@RestController
class YouthConsentController {

  record ConsentView(String consentBy, String consentByName, Boolean youngPersonConsent, Boolean parentsConsent,
      String parentNames, boolean given, LocalDate consentDate, String notes, String recordedBy, Instant recordedAt) {
    static ConsentView of(YouthConsentRecord c) {
      return new ConsentView(c.getConsentBy().code(), c.getConsentBy().dutchName(), c.getYoungPersonConsent(),
          c.getParentsConsent(), c.getParentNames(), c.isGiven(), c.getConsentDate(), c.getNotes(),
          c.getRecordedBy(), c.getRecordedAt());
    }
  }

  private final TrajectoryService trajectories;
  private final YouthConsentRepository consents;

  YouthConsentController(TrajectoryService trajectories, YouthConsentRepository consents) {
    this.trajectories = trajectories;
    this.consents = consents;
  }

  /** Every consent recorded, oldest first (a refusal and a later consent both stay). */
  @GetMapping("/api/trajectories/{id}/youth-consent")
  @Transactional(readOnly = true)
  List<ConsentView> consents(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    return consents.findByTrajectoryIdOrderByRecordedAtAscIdAsc(id).stream().map(ConsentView::of).toList();
  }
}
