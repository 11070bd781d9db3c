-- Survey questions refer to the IA-service catalogue (owned by the knowledge module) by code, with a foreign key,
-- instead of free text. A question that evaluates no catalogue service (the evaluation's "way forward") has none.
alter table bank_question add column service_code text references ia_service;

update bank_question q set service_code = q.sub_theme
where exists (select 1 from ia_service s where s.code = q.sub_theme);

alter table bank_question drop column sub_theme;

create index bank_question_service_idx on bank_question (service_code);
