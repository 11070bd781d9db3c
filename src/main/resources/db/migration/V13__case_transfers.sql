-- A case belongs to one unit, and only that unit's users change it. It moves to another unit only by a TRANSFERRED
-- event, which names the unit it left and the unit it moved to (the actor is a superuser of the receiving unit).
alter table case_event
    add column from_unit text,
    add column to_unit   text,
    add constraint case_event_transfer_units
        check ((type = 'TRANSFERRED') = (from_unit is not null and to_unit is not null));
