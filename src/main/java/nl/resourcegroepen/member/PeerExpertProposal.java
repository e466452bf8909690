package nl.resourcegroepen.member;

import java.util.EnumSet;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service task (verslavingszorg): a peer expert (ervaringsdeskundige) is proposed for every group unless the
 * client declines, which the diagram decides before this task. When the nomination named no peer expert, one
 * is nominated as "Ervaringsdeskundige (naam volgt)": phase 2 approaches and invites them like any nominee,
 * and the team fills in the name when known ({@code PATCH .../members/{id}} with {@code name}). A group that
 * already has a peer expert (named in the nomination) gets no second one. The nomination is in the member's
 * history like any other, with route {@code peerExpertProposal/<activity id>}.
 */
@Component("peerExpertProposal")
@ProcessBuildingBlock(value = "Stelt een ervaringsdeskundige voor als lid van de resourcegroep (genomineerd), tenzij de groep er al een heeft (verslavingszorg)",
    inputs = {"business key (id van het traject)", "team",
        "dossier: de leden van de groep (een ervaringsdeskundige die genomineerd, toegezegd of lid is telt)"},
    outputs = "dossier: een genomineerd lid 'Ervaringsdeskundige (naam volgt)' met rol peerExpert, als de groep er"
        + " nog geen had (geen procesvariabelen)")
class PeerExpertProposal implements JavaDelegate {

  /** The name of a proposed peer expert whose name the team does not know yet. */
  static final String UNNAMED = "Ervaringsdeskundige (naam volgt)";
  static final String RELATION = "voorgesteld door het team";

  /** A peer expert who declined or left does not count: then another one is proposed. */
  private static final Set<MemberStatus> IN_OR_JOINING =
      EnumSet.of(MemberStatus.NOMINATED, MemberStatus.ACCEPTED, MemberStatus.ACTIVE);

  private final MemberRepository members;
  private final Membership membership;

  PeerExpertProposal(MemberRepository members, Membership membership) {
    this.members = members;
    this.membership = membership;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String trajectoryId = execution.getProcessBusinessKey();
    boolean hasPeerExpert = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectoryId).stream()
        .anyMatch(m -> m.getRole() == MemberRole.PEER_EXPERT && IN_OR_JOINING.contains(m.getStatus()));
    if (!hasPeerExpert) {
      // The user whose task completion led here, when there is one; the engine itself otherwise.
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      membership.nominate(trajectoryId, (String) execution.getVariable("team"), UNNAMED, MemberRole.PEER_EXPERT,
          RELATION, null, MemberStatus.NOMINATED, user == null ? null : user.getUserId(), EngineClock.now(),
          "peerExpertProposal/" + execution.getCurrentActivityId());
    }
  }
}
