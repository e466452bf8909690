package nl.resourcegroepen.trajectory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, String> {

  Optional<Client> findByPseudonym(String pseudonym);

  boolean existsByPseudonym(String pseudonym);
}
