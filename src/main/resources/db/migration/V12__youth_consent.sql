-- Jeugd: who consented to the resource group, and when. Under 12 the parents or guardians decide,
-- 12 to 15 the young person and the parents together, from 16 the young person alone (consent_by).
-- A question that was not asked stays null (parents_consent from 16, young_person_consent under 12).
create table youth_consent (
  id                    varchar(36)  primary key,
  trajectory_id         varchar(36)  not null references trajectory(id),
  team                  varchar(64)  not null,
  consent_by            varchar(16)  not null,
  young_person_consent  boolean,
  parents_consent       boolean,
  parent_names          varchar(400),
  consent_date          date         not null,
  notes                 varchar(4000),
  recorded_by           varchar(64)  not null,
  recorded_at           timestamp    not null
);
create index youth_consent_trajectory on youth_consent(trajectory_id, recorded_at);
create index youth_consent_team on youth_consent(team);
