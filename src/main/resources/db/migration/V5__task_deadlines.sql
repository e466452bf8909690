-- The steps of every trajectory with their deadlines, for the managers' reports (no care content).
create table task_deadline (
  task_id       varchar(64)  primary key,
  trajectory_id varchar(36)  not null,
  team          varchar(64)  not null,
  setting       varchar(32),
  process_key   varchar(100) not null,
  step_key      varchar(100) not null,
  step_name     varchar(400) not null,
  assignee      varchar(64),
  created_at    timestamp    not null,
  due_at        timestamp,
  ended_at      timestamp,
  outcome       varchar(16)
);
create index task_deadline_open_due on task_deadline(team, ended_at, due_at);
create index task_deadline_trajectory on task_deadline(trajectory_id);
