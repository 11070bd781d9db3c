-- The follow-up timeline's rules: the dated duties of employer, employee, doctor and NAV during an employee's sick
-- leave, as data. The timeline is computed from them on request and never stored (no health or personal data here).
-- A rule applies to a first sick day between valid_from and valid_to (both inclusive; valid_to null = still valid).
-- A rule is due at the end of its period counted from the first sick day: 6 WEEKS = the last day of week 6
-- (first sick day + 41 days), 16 DAYS = day 16, 6 MONTHS = the day before the same date six months on.
-- source_file/source_lines name the lines of /work/shared/sources that state the rule; null = «kilde ikke verifisert».
create table knowledge_follow_up_rule (
    id           integer     generated always as identity primary key,
    key          text        not null unique,   -- stable: the calendar file's event ids are made from it
    actor        text        not null check (actor in ('EMPLOYER', 'EMPLOYEE', 'DOCTOR', 'NAV')),
    title        text        not null,
    description  text        not null,
    due_amount   integer     not null check (due_amount between 1 and 999),
    due_unit     text        not null check (due_unit in ('DAYS', 'WEEKS', 'MONTHS')),
    applies_to   text        not null check (applies_to in ('ALL', 'GRADED', 'UNGRADED')),
    valid_from   date        not null,
    valid_to     date        check (valid_to >= valid_from),
    source_file  text,
    source_lines text,
    updated_by   text,                          -- null: shipped with iaverk, never edited
    updated_at   timestamptz not null default now(),
    check ((source_file is null) = (source_lines is null))
);

-- The national follow-up regime from 1 March 2007 as the handbook's Table 3 gives it (002, L1151-1306; the column
-- headers «Sykmelding > 6 uker» ... «> 1 år» are on L1165). It held until the rule change of 1 July 2011 (003,
-- L373-379). The table does not distinguish graded from ungraded leave, so neither do these rules.
insert into knowledge_follow_up_rule
    (key, actor, title, description, due_amount, due_unit, applies_to, valid_from, valid_to, source_file, source_lines)
values
    ('2007.employee-notifies', 'EMPLOYEE', 'Gi beskjed om fraværet',
     'Arbeidstakeren melder fra til arbeidsgiveren om fraværet og om hvor lenge det kan vare.',
     1, 'DAYS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1162-1163, 1189-1192'),
    ('2007.follow-up-plan', 'EMPLOYER', 'Oppfølgingsplan',
     'Arbeidsgiveren lager en oppfølgingsplan sammen med arbeidstakeren: arbeidsoppgaver og arbeidsevne, mulig '
         || 'tilrettelegging og tiltak (også med virkemidler fra NAV) og hvordan oppfølgingen skal fortsette.',
     6, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165-1176, 1304'),
    ('2007.employee-capacity', 'EMPLOYEE', 'Fortell om egen funksjonsevne',
     'Arbeidstakeren forteller hva hen kan gjøre og hvor lenge fraværet trolig varer, hjelper til med å finne '
         || 'løsninger for en rask retur og er åpen for andre oppgaver en periode.',
     6, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1194-1203'),
    ('2007.nav-may-request-plan', 'NAV', 'Kan be om oppfølgingsplanen',
     'NAV kan be arbeidsgiveren om å få oppfølgingsplanen.',
     6, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1266-1267'),
    ('2007.extended-certificate', 'DOCTOR', 'Utvidet legeerklæring',
     'Legen skriver en utvidet legeerklæring som beskriver og dokumenterer de medisinske grunnene til fraværet.',
     8, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1239-1243'),
    ('2007.activity-requirement', 'NAV', 'Vurder kravet om aktivitet',
     'NAV vurderer kravet om arbeidsrelatert aktivitet og avgjør om det fortsatt er rett til sykepenger.',
     8, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1269-1273'),
    ('2007.dialogue-meeting', 'EMPLOYER', 'Dialogmøte',
     'Arbeidsgiveren kaller inn arbeidstakeren, bedriftshelsetjenesten og eventuelt legen til dialogmøte om '
         || 'oppfølgingsplanen og tiltak på arbeidsplassen. NAV skal ha skriftlig melding fra møtet.',
     12, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1179-1181, 1305'),
    ('2007.employee-dialogue-meeting', 'EMPLOYEE', 'Møt i dialogmøtet',
     'Arbeidstakeren har plikt til å møte, med mindre medisinske grunner hindrer det. Legen deltar også hvis '
         || 'arbeidstakeren ønsker det.',
     12, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1207-1215'),
    ('2007.doctor-dialogue-meeting', 'DOCTOR', 'Delta i dialogmøtet',
     'Legen møter når hen blir kalt inn, eller sier fra til arbeidsgiveren hvis det er medisinsk utilrådelig.',
     12, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1245-1249'),
    ('2007.nav-collects-plan', 'NAV', 'Hent inn plan og melding fra møtet',
     'NAV henter inn oppfølgingsplanen og den skriftlige meldingen fra dialogmøtet og vurderer mulighetene i eller '
         || 'utenfor virksomheten.',
     12, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1275-1280'),
    ('2007.nav-dialogue-meeting', 'NAV', 'Nytt dialogmøte i regi av NAV',
     'NAV kaller inn til dialogmøte senest etter seks måneder: oppfølgingsplanen, løsninger på arbeidsplassen og '
         || 'om det trengs rehabilitering eller yrkesrettet attføring.',
     6, 'MONTHS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1282-1289'),
    ('2007.employer-second-meeting', 'EMPLOYER', 'Delta i det nye dialogmøtet',
     'Arbeidsgiveren deltar og beskriver hvilke tiltak i virksomheten som er prøvd, eller hvorfor de ikke lot seg '
         || 'gjennomføre.',
     6, 'MONTHS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1183-1185, 1306'),
    ('2007.employee-second-meeting', 'EMPLOYEE', 'Møt i det nye dialogmøtet',
     'Arbeidstakeren deltar, med mindre medisinske grunner hindrer det.',
     6, 'MONTHS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1217-1220'),
    ('2007.doctor-second-meeting', 'DOCTOR', 'Delta i det nye dialogmøtet ved behov',
     'Legen deltar hvis det er hensiktsmessig.',
     6, 'MONTHS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1251-1252'),
    ('2007.maximum-period', 'NAV', 'Sykepengene tar slutt',
     'Retten til sykepenger faller bort etter 52 uker. NAV vurderer rehabilitering eller yrkesrettet attføring '
         || 'på nytt.',
     52, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1226-1227, 1291-1295'),
    ('2007.employee-rehabilitation', 'EMPLOYEE', 'Vurder rehabilitering sammen med NAV',
     'Arbeidstakeren vurderer sammen med NAV-kontoret om det trengs rehabilitering eller yrkesrettet attføring.',
     52, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1222-1227'),
    ('2007.doctor-other-benefits', 'DOCTOR', 'Vurder arbeidsevnen',
     'Legen vurderer om arbeidstakeren fortsatt ikke kan arbeide og trenger andre ytelser fra NAV.',
     52, 'WEEKS', 'ALL', '2007-03-01', '2011-06-30', '002_3f204700bbd2aa5e.txt', '1165, 1254-1257');

-- From 1 July 2011: what the instruments report states (003). The first dialogue meeting moved from week 12 to
-- week 7 (L373-379); the employer period is the first 16 days (L436-440).
insert into knowledge_follow_up_rule
    (key, actor, title, description, due_amount, due_unit, applies_to, valid_from, valid_to, source_file, source_lines)
values
    ('2011.employer-period', 'EMPLOYER', 'Arbeidsgiverperioden slutter',
     'Arbeidsgiverperioden er de første 16 dagene av fraværet. Avventende sykmelding – en melding om at sykmelding '
         || 'kan unngås hvis arbeidet blir tilrettelagt – gjelder bare i denne perioden.',
     16, 'DAYS', 'ALL', '2011-07-01', null, '003_5640988ab320671e.txt', '436-440'),
    ('2011.dialogue-meeting-1', 'EMPLOYER', 'Dialogmøte 1',
     'Arbeidsgiveren kaller inn til dialogmøte og kan kalle inn både legen, bedriftshelsetjenesten og '
         || 'arbeidstakeren. Fra 1. juli 2011 er fristen uke 7; før var den uke 12.',
     7, 'WEEKS', 'ALL', '2011-07-01', null, '003_5640988ab320671e.txt', '373-379'),
    ('2011.doctor-dialogue-meeting-1', 'DOCTOR', 'Kan kalles inn til dialogmøte 1',
     'Samarbeid mellom lege og arbeidsgiver er lovfestet fra 1. juli 2011; arbeidsgiveren kan kalle inn legen til '
         || 'dialogmøtet.',
     7, 'WEEKS', 'ALL', '2011-07-01', null, '003_5640988ab320671e.txt', '373-379'),
    ('2011.employee-dialogue-meeting-1', 'EMPLOYEE', 'Kalles inn til dialogmøte 1',
     'Arbeidsgiveren kan kalle inn arbeidstakeren til dialogmøtet.',
     7, 'WEEKS', 'ALL', '2011-07-01', null, '003_5640988ab320671e.txt', '375-379');

-- Rules the source reports do not hold. They are entered as configurable data with no source, shown as «kilde ikke
-- verifisert» until an admin checks them and sets a source.
insert into knowledge_follow_up_rule (key, actor, title, description, due_amount, due_unit, applies_to, valid_from)
values
    ('2011.follow-up-plan', 'EMPLOYER', 'Oppfølgingsplan',
     'Arbeidsgiveren lager en oppfølgingsplan sammen med arbeidstakeren innen fire uker, med mindre det er åpenbart '
         || 'unødvendig.',
     4, 'WEEKS', 'ALL', '2011-07-01'),
    ('2011.activity-requirement', 'NAV', 'Aktivitetskravet',
     'Ved full sykmelding vurderer NAV om arbeidstakeren er i arbeidsrelatert aktivitet, eller om medisinske grunner '
         || 'eller forhold på arbeidsplassen hindrer det. Gradert sykmelding er i seg selv aktivitet.',
     8, 'WEEKS', 'UNGRADED', '2011-07-01'),
    ('2011.dialogue-meeting-2', 'NAV', 'Dialogmøte 2',
     'NAV kaller inn arbeidstakeren og arbeidsgiveren til dialogmøte 2, med mindre det er åpenbart unødvendig.',
     26, 'WEEKS', 'ALL', '2011-07-01'),
    ('2011.end-of-benefit-letter', 'NAV', 'Brev om at sykepengene tar slutt',
     'NAV skriver til arbeidstakeren om når sykepengene tar slutt og hva som kan skje etterpå.',
     39, 'WEEKS', 'ALL', '2011-07-01'),
    ('2011.maximum-period', 'NAV', 'Sykepengene tar slutt',
     'Sykepenger gis i høyst 52 uker (248 sykepengedager). Datoen her er slutten av uke 52; den virkelige '
         || 'maksdatoen avhenger av fravær underveis.',
     52, 'WEEKS', 'ALL', '2011-07-01');
