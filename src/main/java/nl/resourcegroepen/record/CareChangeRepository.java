package nl.resourcegroepen.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareChangeRepository extends JpaRepository<CareChange, Long> {

  List<CareChange> findByTrajectoryIdAndSubjectAndSubjectIdOrderByChangedAtDescIdDesc(String trajectoryId,
      String subject, String subjectId);
}
