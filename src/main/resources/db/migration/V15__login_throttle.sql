-- Failed logins per user name and per client address, so login throttling holds across instances.
-- A row is forgotten after a successful login (user name) or once its last failure is older than the window.

create table login_failure (
    key          text        primary key, -- 'user:<name>' or 'address:<ip>'
    failures     integer     not null,
    last_failure timestamptz not null
);

create index login_failure_last_idx on login_failure (last_failure);
