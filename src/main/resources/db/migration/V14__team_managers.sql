-- Managers see the figures of the teams they manage: the members of each team's management group
-- (a Camunda group, like the coordinators group). Existing teams get the group by the same convention.
alter table team add column managers_group varchar(64);
update team set managers_group = id || '-management';
alter table team alter column managers_group set not null;
