-- Knowledge attached to a plan: a sub-theme of a collaboration's plan references measures, IA services, instruments,
-- evidence or risk factors of the library. Owned by cases; knowledge_item is knowledge's published key (id, type,
-- title). Only sub-themes included in the plan take attachments (Collaborations' PlanKnowledge checks it); when a
-- sub-theme is taken out of the plan its attachments are kept but hidden, and show again if it is put back.
-- An item the shipped content no longer has is deleted by the content loader: its attachments go with it.
create table plan_item_knowledge (
    collaboration_id bigint      not null,
    service_code     text        not null,
    item_id          text        not null references knowledge_item on delete cascade,
    attached_by      text        not null,
    attached_at      timestamptz not null,
    primary key (collaboration_id, service_code, item_id),
    foreign key (collaboration_id, service_code) references plan_item
);

create index plan_item_knowledge_item_idx on plan_item_knowledge (item_id);
