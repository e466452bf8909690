package nl.resourcegroepen.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SociogramRepository extends JpaRepository<SociogramPerson, String> {

  List<SociogramPerson> findByTrajectoryId(String trajectoryId);
}
