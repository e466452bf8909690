package nl.resourcegroepen.document;

import java.util.Collection;
import java.util.List;
import nl.resourcegroepen.record.FormSubmission;
import org.springframework.data.repository.Repository;

/** The submitted forms a document is made from, oldest first (read only). */
interface DocumentSubmissions extends Repository<FormSubmission, Long> {

  List<FormSubmission> findByTrajectoryIdAndFormIdInOrderBySubmittedAtAscIdAsc(String trajectoryId,
      Collection<String> formIds);

  List<FormSubmission> findByTrajectoryIdAndMemberIdAndFormIdOrderBySubmittedAtAscIdAsc(String trajectoryId,
      String memberId, String formId);
}
