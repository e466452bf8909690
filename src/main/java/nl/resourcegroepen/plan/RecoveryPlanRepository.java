package nl.resourcegroepen.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryPlanRepository extends JpaRepository<RecoveryPlan, String> {

  Optional<RecoveryPlan> findByTrajectoryId(String trajectoryId);
}
