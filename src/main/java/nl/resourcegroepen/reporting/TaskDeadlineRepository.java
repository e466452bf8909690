package nl.resourcegroepen.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDeadlineRepository extends JpaRepository<TaskDeadline, String> {
}
