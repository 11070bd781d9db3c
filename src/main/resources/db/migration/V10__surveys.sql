-- Surveys: the question bank (versioned: a survey keeps the version it was made with), survey runs on a collaboration,
-- and anonymous answers keyed by a random session id only.

create table bank_theme (
    id           bigint generated always as identity primary key,
    bank_version integer not null,
    code         text    not null,
    name         text    not null,
    kind         text    not null check (kind in ('NEEDS_ASSESSMENT', 'EVALUATION')),
    mandatory    boolean not null default false, -- always in an evaluation ("the way forward")
    active       boolean not null default true,
    sort_order   integer not null,
    unique (bank_version, kind, code)
);

create table bank_question (
    id              bigint generated always as identity primary key,
    theme_id        bigint  not null references bank_theme,
    sub_theme       text    not null, -- for evaluation: the code of the plan's service it evaluates
    text            text    not null,
    multiple_choice boolean not null default false,
    scale           boolean not null default false, -- an agreement scale (with "don't know")
    sort_order      integer not null
);

create table bank_option (
    id          bigint generated always as identity primary key,
    question_id bigint  not null references bank_question,
    text        text    not null,
    score       integer, -- 1–5 on an agreement scale; null for "don't know" and plain choices
    sort_order  integer not null
);

create index bank_question_theme_idx on bank_question (theme_id, sort_order);
create index bank_option_question_idx on bank_option (question_id, sort_order);

-- Version 1 of the bank. The project's own wording.
insert into bank_theme (bank_version, code, name, kind, mandatory, sort_order) values
    (1, 'PARTY_COOPERATION', 'Partssamarbeid', 'NEEDS_ASSESSMENT', false, 1),
    (1, 'SICK_LEAVE_WORK', 'Sykefraværsarbeid', 'NEEDS_ASSESSMENT', false, 2),
    (1, 'WORK_ENVIRONMENT', 'Arbeidsmiljø', 'NEEDS_ASSESSMENT', false, 3),
    (1, 'PARTY_COOPERATION', 'Partssamarbeid', 'EVALUATION', false, 11),
    (1, 'SICK_LEAVE_WORK', 'Sykefraværsarbeid', 'EVALUATION', false, 12),
    (1, 'WORK_ENVIRONMENT', 'Arbeidsmiljø', 'EVALUATION', false, 13),
    (1, 'WAY_FORWARD', 'Veien videre', 'EVALUATION', true, 14);

insert into bank_question (theme_id, sub_theme, text, multiple_choice, scale, sort_order)
select t.id, q.sub_theme, q.text, q.multiple_choice, q.scale, q.sort_order
from bank_theme t
join (values
    ('NEEDS_ASSESSMENT', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ROLES',
     'Ledelse, tillitsvalgte og verneombud kjenner hverandres roller i arbeidet med arbeidsmiljøet.', false, true, 1),
    ('NEEDS_ASSESSMENT', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ARENAS',
     'Partene møtes jevnlig for å drøfte sykefravær og arbeidsmiljø.', false, true, 2),
    ('NEEDS_ASSESSMENT', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ARENAS',
     'Det vi blir enige om i partssamarbeidet, blir fulgt opp i praksis.', false, true, 3),
    ('NEEDS_ASSESSMENT', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ROLES',
     'De ansatte vet hvem som representerer dem i arbeidsmiljøspørsmål.', false, true, 4),
    ('NEEDS_ASSESSMENT', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ARENAS',
     'Hvor drøfter partene i dag sykefravær og arbeidsmiljø? Velg alle som passer.', true, false, 5),
    ('NEEDS_ASSESSMENT', 'SICK_LEAVE_WORK', 'SICK_LEAVE_ROUTINES',
     'Vi har skriftlige rutiner for oppfølging av sykmeldte som de fleste kjenner.', false, true, 1),
    ('NEEDS_ASSESSMENT', 'SICK_LEAVE_WORK', 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS',
     'Lederne tar kontakt med sykmeldte tidlig og på en måte som oppleves støttende.', false, true, 2),
    ('NEEDS_ASSESSMENT', 'SICK_LEAVE_WORK', 'SICK_LEAVE_ADAPTATION_DUTY',
     'Vi leter aktivt etter tilpasset arbeid når noen er helt eller delvis borte.', false, true, 3),
    ('NEEDS_ASSESSMENT', 'SICK_LEAVE_WORK', 'SICK_LEAVE_LONG_OR_FREQUENT',
     'Vi har en god måte å følge opp hyppig korttidsfravær på.', false, true, 4),
    ('NEEDS_ASSESSMENT', 'SICK_LEAVE_WORK', 'SICK_LEAVE_LONG_OR_FREQUENT',
     'Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', false, false, 5),
    ('NEEDS_ASSESSMENT', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_DEVELOPMENT',
     'Arbeidsmengden er til å leve med over tid.', false, true, 1),
    ('NEEDS_ASSESSMENT', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_DEVELOPMENT',
     'Jeg får støtte fra kollegaer og nærmeste leder når jeg trenger det.', false, true, 2),
    ('NEEDS_ASSESSMENT', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_CHANGE',
     'Endringer på arbeidsplassen blir forklart og forberedt godt.', false, true, 3),
    ('NEEDS_ASSESSMENT', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_SURVEY_FOLLOW_UP',
     'Resultatene fra arbeidsmiljøkartlegginger blir brukt til tiltak.', false, true, 4),
    ('NEEDS_ASSESSMENT', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_MENTAL_HEALTH',
     'Hva vil dere helst jobbe med først? Velg inntil alle som passer.', true, false, 5),
    ('EVALUATION', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ROLES',
     'Samarbeidet har gjort rollene i partssamarbeidet tydeligere.', false, true, 1),
    ('EVALUATION', 'PARTY_COOPERATION', 'PARTY_COOPERATION_ARENAS',
     'Partene har nå faste møtepunkter om sykefravær og arbeidsmiljø.', false, true, 2),
    ('EVALUATION', 'SICK_LEAVE_WORK', 'SICK_LEAVE_ROUTINES',
     'Rutinene for sykefraværsoppfølging er blitt bedre kjent og mer brukt.', false, true, 1),
    ('EVALUATION', 'SICK_LEAVE_WORK', 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS',
     'Lederne er blitt tryggere i oppfølgingssamtaler med sykmeldte.', false, true, 2),
    ('EVALUATION', 'SICK_LEAVE_WORK', 'SICK_LEAVE_ADAPTATION_DUTY',
     'Vi er blitt flinkere til å finne tilpasset arbeid.', false, true, 3),
    ('EVALUATION', 'SICK_LEAVE_WORK', 'SICK_LEAVE_LONG_OR_FREQUENT',
     'Vi følger nå opp langvarig og hyppig fravær på en bedre måte.', false, true, 4),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_DEVELOPMENT',
     'Arbeidet med arbeidsmiljøet har gitt merkbare forbedringer i hverdagen.', false, true, 1),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_CHANGE',
     'Vi håndterer endring og omstilling bedre enn før.', false, true, 2),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_SURVEY_FOLLOW_UP',
     'Vi følger opp arbeidsmiljøkartlegginger med konkrete tiltak.', false, true, 3),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_LIFE_PHASE',
     'Vi har en livsfasepolitikk som blir brukt.', false, true, 4),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'WORK_ENVIRONMENT_MENTAL_HEALTH',
     'Det er blitt lettere å snakke om psykisk helse på arbeidsplassen.', false, true, 5),
    ('EVALUATION', 'WORK_ENVIRONMENT', 'HELSE_I_ARBEID',
     'HelseIArbeid-modulene har vært nyttige for oss.', false, true, 6),
    ('EVALUATION', 'WAY_FORWARD', 'WAY_FORWARD',
     'Vi vet hva vi skal gjøre videre uten bistand fra arbeidslivssenteret.', false, true, 1),
    ('EVALUATION', 'WAY_FORWARD', 'WAY_FORWARD',
     'Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', true, false, 2)
) as q(kind, theme, sub_theme, text, multiple_choice, scale, sort_order)
    on t.bank_version = 1 and t.kind = q.kind and t.code = q.theme;

-- The agreement scale for every scale question.
insert into bank_option (question_id, text, score, sort_order)
select q.id, o.text, o.score, o.sort_order
from bank_question q
cross join (values
    ('Helt enig', 5, 1), ('Enig', 4, 2), ('Verken enig eller uenig', 3, 3), ('Uenig', 2, 4), ('Helt uenig', 1, 5),
    ('Vet ikke', null, 6)
) as o(text, score, sort_order)
where q.scale;

-- The options of the other questions.
insert into bank_option (question_id, text, sort_order)
select q.id, o.text, o.sort_order
from bank_question q
join (values
    ('Hvor drøfter partene i dag sykefravær og arbeidsmiljø? Velg alle som passer.', 'Arbeidsmiljøutvalget', 1),
    ('Hvor drøfter partene i dag sykefravær og arbeidsmiljø? Velg alle som passer.', 'Faste partsmøter', 2),
    ('Hvor drøfter partene i dag sykefravær og arbeidsmiljø? Velg alle som passer.', 'Personalmøter', 3),
    ('Hvor drøfter partene i dag sykefravær og arbeidsmiljø? Velg alle som passer.', 'Ingen faste arenaer', 4),
    ('Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', 'Arbeidsmengde og tidspress', 1),
    ('Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', 'Fysiske belastninger', 2),
    ('Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', 'Forhold mellom kollegaer', 3),
    ('Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', 'Forhold utenfor jobben', 4),
    ('Hva er den viktigste grunnen til fraværet hos oss, slik du ser det?', 'Vet ikke', 5),
    ('Hva vil dere helst jobbe med først? Velg inntil alle som passer.', 'Oppfølging av sykmeldte', 1),
    ('Hva vil dere helst jobbe med først? Velg inntil alle som passer.', 'Arbeidsmengde og organisering', 2),
    ('Hva vil dere helst jobbe med først? Velg inntil alle som passer.', 'Psykisk helse', 3),
    ('Hva vil dere helst jobbe med først? Velg inntil alle som passer.', 'Endring og omstilling', 4),
    ('Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', 'Ledelsen', 1),
    ('Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', 'Tillitsvalgte', 2),
    ('Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', 'Verneombud', 3),
    ('Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', 'Arbeidsmiljøutvalget', 4),
    ('Hvem har ansvar for at arbeidet fortsetter? Velg alle som passer.', 'Vet ikke', 5)
) as o(question, text, sort_order) on o.question = q.text and not q.scale;

-- A survey run on a collaboration.
create table survey (
    id               bigint generated always as identity primary key,
    case_id          bigint      not null references ia_case,
    collaboration_id bigint      not null references collaboration,
    type             text        not null check (type in ('NEEDS_ASSESSMENT', 'EVALUATION')),
    status           text        not null check (status in ('CREATED', 'STARTED', 'COMPLETED', 'DELETED')),
    join_code        text        not null unique,
    bank_version     integer     not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    started_at       timestamptz,
    open_until       timestamptz,
    completed_at     timestamptz
);

create index survey_collaboration_idx on survey (collaboration_id);

-- The themes and questions a survey was created with, and which theme the host has open.
create table survey_theme (
    survey_id  bigint  not null references survey,
    theme_id   bigint  not null references bank_theme,
    sort_order integer not null,
    open       boolean not null default false,
    primary key (survey_id, theme_id)
);

create table survey_question (
    survey_id   bigint  not null references survey,
    question_id bigint  not null references bank_question,
    theme_id    bigint  not null references bank_theme,
    sort_order  integer not null,
    primary key (survey_id, question_id)
);

-- Participants and answers: a random session id is all there is. No time, address, browser or login is stored.
create table survey_participant (
    survey_id  bigint not null references survey,
    session_id uuid   not null,
    primary key (survey_id, session_id)
);

create table survey_answer (
    survey_id   bigint   not null references survey,
    session_id  uuid     not null,
    question_id bigint   not null references bank_question,
    option_ids  bigint[] not null check (cardinality(option_ids) > 0),
    primary key (survey_id, session_id, question_id),
    foreign key (survey_id, session_id) references survey_participant
);
