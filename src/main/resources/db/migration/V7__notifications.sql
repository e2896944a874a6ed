-- Notifications: one row per message the shop sends (an email now; SMS and push later), made when
-- the event that causes it is handled and delivered afterwards by a worker, critical ones first.
-- The row is the history too: status, attempts, the last error and the times. A message is keyed
-- by the event, the channel and the recipient, so one event never sends one person the same
-- message twice. The rendered content is kept so a message can be resent as it was.

create table notification (
    id              uuid primary key,
    event_id        varchar(36)   not null,
    event_name      varchar(64)   not null,
    account_id      varchar(64),
    channel         varchar(10)   not null,
    template        varchar(64)   not null,
    recipient       varchar(254)  not null,
    priority        integer       not null,
    status          varchar(10)   not null,
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    subject         varchar(300)  not null,
    text_body       varchar(20000) not null,
    html_body       varchar(100000),
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    updated_at      timestamp with time zone not null,
    version         bigint        not null default 0,
    unique (event_id, channel, recipient)
);
create index notification_due_idx on notification (status, priority, next_attempt_at);
create index notification_recipient_idx on notification (recipient, created_at);
create index notification_created_idx on notification (created_at);

-- The embedded default's mail sink: what would have gone to an SMTP server, for the console.
create table mailbox_message (
    id           uuid primary key,
    sender       varchar(254)  not null,
    recipient    varchar(254)  not null,
    subject      varchar(300)  not null,
    text_body    varchar(20000) not null,
    html_body    varchar(100000),
    delivered_at timestamp with time zone not null
);
create index mailbox_message_recipient_idx on mailbox_message (recipient, delivered_at);
create index mailbox_message_delivered_idx on mailbox_message (delivered_at);

-- Who placed each order, from order.created: payment events name only the order.
create table order_recipient (
    order_id   varchar(64)  primary key,
    account_id varchar(64)  not null,
    email      varchar(254) not null,
    created_at timestamp with time zone not null
);
