package nl.resourcegroepen.member;

import java.util.List;
import nl.resourcegroepen.engine.ProcessBuildingBlock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expression bean for diagrams: the nominees of a trajectory who still have to be approached. Used as
 * the collection of the multi-instance "Genomineerde benaderen en uitnodigen" and to loop when the
 * client nominated someone else.
 */
@Component("members")
@ProcessBuildingBlock(value = "Geeft de genomineerden van het traject die nog benaderd moeten worden (leest alleen)",
    inputs = "trajectoryId (argument van de methode)",
    outputs = {"members.awaitingApproach(trajectoryId): lijst van lid-ids, oudste nominatie eerst",
        "members.hasAwaitingApproach(trajectoryId): true of false"})
public class Members {

  private final MemberRepository members;

  Members(MemberRepository members) {
    this.members = members;
  }

  /** Ids of the members still to approach, oldest nomination first. */
  @Transactional(readOnly = true)
  public List<String> awaitingApproach(String trajectoryId) {
    return members.findByTrajectoryIdAndStatusOrderByNominatedAtAscIdAsc(trajectoryId, MemberStatus.NOMINATED)
        .stream().map(Member::getId).toList();
  }

  @Transactional(readOnly = true)
  public boolean hasAwaitingApproach(String trajectoryId) {
    return members.existsByTrajectoryIdAndStatus(trajectoryId, MemberStatus.NOMINATED);
  }
}
