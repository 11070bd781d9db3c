-- A case may start from a trial's enrolment: background TRIAL, the one case start a caseworker may make.
alter table ia_case drop constraint ia_case_background_check;
alter table ia_case add constraint ia_case_background_check
    check (background in ('CENTRE_INITIATIVE', 'ENTERPRISE_REQUEST', 'TRIAL'));

-- The trials a case was enrolled in, with the arm (set by Cases at enrolment), and the arm the collaboration started
-- in the trial records: the first collaboration created after the enrolment takes it. Owned by cases: the trials
-- module sets them through Cases, never with its own SQL. No foreign key to ia_case: the tests empty ia_case with a
-- plain truncate, and a case is never deleted.
create table case_trial (
    case_id     bigint      not null,
    trial_id    bigint      not null,
    arm         text        not null,
    enrolled_at timestamptz not null,
    primary key (case_id, trial_id)
);

alter table collaboration add column trial_id bigint, add column trial_arm text;
