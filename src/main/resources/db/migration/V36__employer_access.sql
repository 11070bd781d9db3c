-- The employer representative (issue 17): a user outside NAV's roles, scoped to legal units by employer_access.

-- security: an employer is a user with role EMPLOYER and no NAV unit; NAV's people keep their unit.
alter table app_user drop constraint app_user_role_check;
alter table app_user
    add constraint app_user_role_check check (role in ('READER', 'CASEWORKER', 'SUPERUSER', 'ADMIN', 'EMPLOYER'));
alter table app_user alter column unit_code drop not null;
alter table app_user
    add constraint app_user_unit_check check ((role = 'EMPLOYER') = (unit_code is null));

-- security: the audit row says in which role the person read, so an employer's reads stand out from NAV's.
alter table audit_event add column role text;

-- employer: which legal units a person represents. In production this would be fed from the national
-- authorisation register (Altinn); here an admin grants and revokes. A revoked grant stays as history.
-- No foreign keys to app_user or enterprise (other modules' tables): the service checks both when granting.
create table employer_access (
    id          bigint generated always as identity primary key,
    username    text        not null,
    org_number  char(9)     not null,
    granted_by  text        not null,
    granted_at  timestamptz not null default now(),
    revoked_by  text,
    revoked_at  timestamptz,
    check ((revoked_by is null) = (revoked_at is null))
);

create unique index employer_access_active_idx on employer_access (username, org_number) where revoked_at is null;
create index employer_access_org_idx on employer_access (org_number);
