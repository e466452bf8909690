-- Verslavingszorg (setting addictionCare): the signaleringsplan as a terugvalpreventieplan, and relapse and
-- step-up discussed in every follow-up meeting. Column names follow the form keys (forms/README.md).

-- Terugvalpreventieplan: three headings next to those of bijlage 3 (at most 4000 characters, like the others).
alter table recovery_plan add column triggers varchar(4000);
alter table recovery_plan add column craving_signals varchar(4000);
alter table recovery_plan add column lapse_steps varchar(4000);

-- "Terugval en opschaling" in a follow-up meeting; empty for meetings without that section (other settings).
alter table meeting add column lapse_since_last_meeting boolean;
alter table meeting add column lapse_description text;
alter table meeting add column relapse_agreements text;
alter table meeting add column step_up_agreements text;
