package nl.resourcegroepen.consent;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.trajectory.TrajectoryService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The client's consent for sharing information between domains, for the trajectory's team. */
@RestController
class ConsentController {

  record DecisionView(ConsentDomain domain, String domainName, ConsentDecision decision, String decisionName,
      String detail, LocalDate discussedOn, String formId, String recordedBy, Instant recordedAt) {
    static DecisionView of(DomainConsent c) {
      return new DecisionView(c.getDomain(), c.getDomain().dutchName(), c.getDecision(), c.getDecision().dutchName(),
          c.getDetail(), c.getDiscussedOn(), c.getFormId(), c.getRecordedBy(), c.getRecordedAt());
    }
  }

  /**
   * @param current the consent that holds per domain (the latest decision; a domain never asked is absent)
   * @param complete every domain has a yes or a no
   * @param history every decision as recorded, oldest first
   */
  record ConsentView(List<DecisionView> current, boolean complete, List<DecisionView> history) {
  }

  private final TrajectoryService trajectories;
  private final DomainConsentRepository consents;

  ConsentController(TrajectoryService trajectories, DomainConsentRepository consents) {
    this.trajectories = trajectories;
    this.consents = consents;
  }

  @GetMapping("/api/trajectories/{id}/domain-consent")
  @Transactional(readOnly = true)
  ConsentView consent(@PathVariable String id, Principal user) {
    trajectories.requireCareAccess(id, user.getName());
    List<DecisionView> history = consents.findByTrajectoryIdOrderByRecordedAtAscDomainAsc(id).stream()
        .map(DecisionView::of).toList();
    Map<ConsentDomain, DecisionView> latest = new EnumMap<>(ConsentDomain.class);
    history.forEach(d -> latest.put(d.domain(), d));
    boolean complete = latest.size() == ConsentDomain.values().length
        && latest.values().stream().noneMatch(d -> d.decision() == ConsentDecision.UNDECIDED);
    return new ConsentView(List.copyOf(latest.values()), complete, history);
  }
}
