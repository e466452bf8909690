package nl.resourcegroepen.inbox;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The trajectory and client data the inbox shows next to a task, for a whole page in one query. */
@Component
class TrajectoryLookup {

  private final EntityManager entityManager;

  TrajectoryLookup(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Map<String, TrajectoryInfo> byId(Collection<String> trajectoryIds) {
    if (trajectoryIds.isEmpty()) {
      return Map.of();
    }
    return entityManager.createQuery("""
            select new nl.resourcegroepen.inbox.TrajectoryInfo(
              t.id, t.team, t.setting, t.currentPhase, c.pseudonym, c.name)
            from Trajectory t join t.client c
            where t.id in :ids""", TrajectoryInfo.class)
        .setParameter("ids", trajectoryIds)
        .getResultList().stream()
        .collect(Collectors.toMap(TrajectoryInfo::id, Function.identity()));
  }
}
