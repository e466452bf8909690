package nl.resourcegroepen.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DomainConsentRepository extends JpaRepository<DomainConsent, String> {

  List<DomainConsent> findByTrajectoryIdOrderByRecordedAtAscDomainAsc(String trajectoryId);
}
