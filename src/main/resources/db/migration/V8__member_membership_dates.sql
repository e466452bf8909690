-- Who was in the group when: the day a member joined (after the in-depth interview) and left.
alter table member add column joined_at timestamp;
alter table member add column left_at timestamp;
