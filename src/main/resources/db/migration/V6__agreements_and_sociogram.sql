-- Agreements made in meetings: who does what for which goal, by when; reviewed at the next meeting.
create table agreement (
  id            varchar(36)   primary key,
  trajectory_id varchar(36)   not null references trajectory(id),
  team          varchar(64)   not null,
  meeting_id    varchar(36)   not null references meeting(id),
  goal          varchar(32)   not null,
  who           varchar(200)  not null,
  member_id     varchar(36),
  what          varchar(4000) not null,
  due_on        date,
  status        varchar(16)   not null,
  created_at    timestamp     not null,
  updated_by    varchar(64),
  updated_at    timestamp
);
create index agreement_trajectory on agreement(trajectory_id, status);
create index agreement_team on agreement(team);

-- The people who matter to the client (bijlage 2), as last drawn.
create table sociogram_person (
  id                    varchar(36)  primary key,
  trajectory_id         varchar(36)  not null references trajectory(id),
  team                  varchar(64)  not null,
  name                  varchar(200) not null,
  relation_description  varchar(400),
  relation_type         varchar(32),
  closeness             varchar(16),
  meaning               varchar(4000),
  possible_member       boolean      not null,
  drawn_at              timestamp    not null
);
create index sociogram_person_trajectory on sociogram_person(trajectory_id);
create index sociogram_person_team on sociogram_person(team);
