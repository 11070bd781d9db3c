-- A case may start from a trial's enrolment: background TRIAL, the one case start a caseworker may make.
alter table ia_case drop constraint ia_case_background_check;
alter table ia_case add constraint ia_case_background_check
    check (background in ('CENTRE_INITIATIVE', 'ENTERPRISE_REQUEST', 'TRIAL'));
