package nl.resourcegroepen.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, String> {

  List<Agreement> findByTrajectoryIdOrderByCreatedAtAscIdAsc(String trajectoryId);

  Optional<Agreement> findByIdAndTrajectoryId(String id, String trajectoryId);
}
