package nl.resourcegroepen.trajectory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseTransitionRepository extends JpaRepository<PhaseTransition, Long> {

  List<PhaseTransition> findByTrajectoryIdOrderByReachedAtAscIdAsc(String trajectoryId);
}
