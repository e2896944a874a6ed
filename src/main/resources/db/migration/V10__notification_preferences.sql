-- What each customer wants to receive: one row per kind of notification and channel that the
-- customer switched on or off (no row: the default, on). Transactional email (verification, password
-- reset, orders, payments) cannot be switched off; the service refuses it.
create table notification_preference (
    account_id varchar(64) not null,
    kind       varchar(64) not null,
    channel    varchar(10) not null,
    enabled    boolean     not null,
    updated_at timestamp with time zone not null,
    primary key (account_id, kind, channel)
);

-- The devices of a customer's apps that may receive push notifications (FCM registration tokens).
create table device_token (
    token      varchar(512) primary key,
    account_id varchar(64)  not null,
    platform   varchar(10)  not null,
    created_at timestamp with time zone not null
);
create index device_token_account_idx on device_token (account_id);
