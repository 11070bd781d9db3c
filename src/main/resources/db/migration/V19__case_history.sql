-- History recorded afterwards (an admin importing a centre's earlier cases, the demo's assistance history): the event
-- happened at occurred_at and was entered at recorded_at by the actor. Null for events recorded as they happened.
alter table case_event
    add column recorded_at timestamptz,
    add constraint case_event_recorded_after check (recorded_at is null or recorded_at >= occurred_at);
