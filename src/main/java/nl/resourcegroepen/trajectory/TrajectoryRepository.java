package nl.resourcegroepen.trajectory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrajectoryRepository extends JpaRepository<Trajectory, String> {
}
