-- Consent for sharing information between domains (wijkteam): one row per domain each time it is recorded,
-- with who recorded it and when; the latest row per domain is the consent that holds.
create table domain_consent (
  id            varchar(36)   primary key,
  trajectory_id varchar(36)   not null references trajectory(id),
  team          varchar(64)   not null,
  domain        varchar(32)   not null,
  decision      varchar(16)   not null,
  detail        varchar(4000),
  discussed_on  date,
  form_id       varchar(100)  not null,
  recorded_by   varchar(64)   not null,
  recorded_at   timestamp     not null
);
create index domain_consent_trajectory on domain_consent(trajectory_id, domain, recorded_at);
create index domain_consent_team on domain_consent(team);
