-- When the start meeting was held: the three-month deadline of the method is measured against it.
alter table trajectory add column start_meeting_held_on date;
