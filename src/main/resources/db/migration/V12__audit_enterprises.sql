-- One read, one row, naming every enterprise it showed: a list or a search names its enterprises, so "who has seen
-- this enterprise" finds list reads too. A page view's id lets the sections it loads count as the same read.
alter table audit_event
    add column enterprises text[] not null default '{}',
    add column view_id     uuid;

create index audit_event_enterprises_idx on audit_event using gin (enterprises);
create index audit_event_view_idx on audit_event (view_id) where view_id is not null;
