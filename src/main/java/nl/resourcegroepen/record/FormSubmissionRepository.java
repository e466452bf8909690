package nl.resourcegroepen.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FormSubmissionRepository extends JpaRepository<FormSubmission, Long> {

  List<FormSubmission> findByTrajectoryIdOrderBySubmittedAtAscIdAsc(String trajectoryId);

  List<FormSubmission> findByTrajectoryIdAndMemberIdAndFormIdOrderBySubmittedAtAscIdAsc(String trajectoryId,
      String memberId, String formId);
}
