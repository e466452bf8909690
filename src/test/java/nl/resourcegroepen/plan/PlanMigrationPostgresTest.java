package nl.resourcegroepen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The plan's migration also runs on PostgreSQL (the tests of the service use H2), and the database
 * itself keeps goals in their slots.
 */
class PlanMigrationPostgresTest {

  @Test
  void theMigrationsRunOnPostgresAndRefuseAGoalOutsideItsSlots() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      // V1 by Flyway; V2 is skipped: it declares a clob column, a type PostgreSQL does not have (reported).
      Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").target("1").load()
          .migrate();
      try (Connection connection = pg.getPostgresDatabase().getConnection()) {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V3__recovery_plan.sql"));
      }
      JdbcTemplate db = new JdbcTemplate(pg.getPostgresDatabase());
      Timestamp now = Timestamp.from(Instant.now());
      db.update("insert into team(id, name, setting, coordinators_group) values ('t', 'T', 'GGZ', 't-coordinatie')");
      db.update("insert into client(id, pseudonym, name, team, created_at) values ('c', 'RG-1', 'C', 't', ?)", now);
      db.update("insert into trajectory(id, client_id, setting, team, care_coordinator, current_phase, phase_reached_at,"
          + " started_at, version) values ('tr', 'c', 'GGZ', 't', 'anna', 'PREPARATION', ?, ?, 0)", now, now);
      db.update("insert into recovery_plan(id, trajectory_id, team, created_at, updated_at, version)"
          + " values ('p', 'tr', 't', ?, ?, 0)", now, now);
      db.update("insert into plan_goal(id, plan_id, trajectory_id, team, kind, slot, goal_text)"
          + " values ('g3', 'p', 'tr', 't', 'SHORT', 3, 'doel')");
      assertThatThrownBy(() -> db.update("insert into plan_goal(id, plan_id, trajectory_id, team, kind, slot, goal_text)"
          + " values ('g4', 'p', 'tr', 't', 'SHORT', 4, 'doel')")).hasMessageContaining("plan_goal_slot_range");
      assertThatThrownBy(() -> db.update("insert into plan_goal(id, plan_id, trajectory_id, team, kind, slot, goal_text)"
          + " values ('l3', 'p', 'tr', 't', 'LONG', 3, 'doel')")).hasMessageContaining("plan_goal_slot_range");
      db.update("insert into plan_revision(plan_id, trajectory_id, team, field, old_value, new_value, changed_by,"
          + " changed_at, source) values ('p', 'tr', 't', 'shortTermGoal3', null, 'doel', 'anna', ?, 'api')", now);
      assertThat(db.queryForObject("select count(*) from plan_revision", Integer.class)).isEqualTo(1);
    }
  }
}
