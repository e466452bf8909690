package nl.resourcegroepen.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

  List<PlanRevision> findByTrajectoryIdOrderByChangedAtDescIdDesc(String trajectoryId);

  List<PlanRevision> findByTrajectoryIdAndFieldOrderByChangedAtDescIdDesc(String trajectoryId, String field);
}
