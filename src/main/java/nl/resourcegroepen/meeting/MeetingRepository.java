package nl.resourcegroepen.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, String> {

  List<Meeting> findByTrajectoryIdOrderByHeldOnAsc(String trajectoryId);

  @Query("select max(m.heldOn) from Meeting m where m.trajectoryId = ?1 and m.responsibleClinicianPresent = true")
  Optional<LocalDate> lastAttendedByResponsibleClinician(String trajectoryId);

  @Query("select min(m.heldOn) from Meeting m where m.trajectoryId = ?1")
  Optional<LocalDate> firstMeeting(String trajectoryId);
}
