package nl.resourcegroepen.youth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YouthConsentRepository extends JpaRepository<YouthConsentRecord, String> {

  List<YouthConsentRecord> findByTrajectoryIdOrderByRecordedAtAscIdAsc(String trajectoryId);

  Optional<YouthConsentRecord> findFirstByTrajectoryIdOrderByRecordedAtDescIdDesc(String trajectoryId);
}
