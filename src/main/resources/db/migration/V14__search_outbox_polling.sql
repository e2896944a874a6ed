-- Hibernate Search's outbox-polling coordination (SEARCH_COORDINATION=outbox-polling): a change
-- to an indexed product is written to hsearch_outbox_event in the changing transaction, and each
-- server's agent (one row in hsearch_agent, renewed while it lives) indexes the events of its
-- shard of entity ids. The tables, columns and types are the ones Hibernate Search 7.2 maps its
-- entities to under the shop's naming strategy (snake case); enums are stored as their names, as
-- Hibernate does on PostgreSQL. Unused with the default coordination (none).

create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        bytea        not null,
    retries        integer      not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_entity_id_hash_idx on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status_idx on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after_idx on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null check (type in (
                             'EVENT_PROCESSING_DYNAMIC_SHARDING',
                             'EVENT_PROCESSING_STATIC_SHARDING',
                             'MASS_INDEXING')),
    name                 varchar(255) not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255) not null check (state in ('RUNNING', 'SUSPENDED', 'WAITING')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
