-- Customer accounts (shoppers and administrators) and their address books, and what proves who a
-- caller is: login sessions (one per sign-in, web or API) with rotating refresh tokens, and
-- single-use tokens for email verification and password reset. Passwords are stored as bcrypt
-- hashes and every other secret as its SHA-256 hash, so the tables hold nothing to sign in with.

create table account (
    id                  uuid primary key,
    email               varchar(254) not null unique,
    password_hash       varchar(60)  not null,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    phone               varchar(32),
    email_verified      boolean      not null default false,
    roles               varchar(100) not null,
    created_at          timestamp with time zone not null,
    last_login_at       timestamp with time zone,
    password_changed_at timestamp with time zone not null,
    version             bigint       not null default 0
);

create table account_address (
    id          uuid primary key,
    account_id  uuid         not null references account (id) on delete cascade,
    kind        varchar(10)  not null,
    name        varchar(200) not null,
    line1       varchar(200) not null,
    line2       varchar(200),
    city        varchar(100) not null,
    region      varchar(100),
    postal_code varchar(20)  not null,
    country     varchar(2)   not null,
    phone       varchar(32),
    is_default  boolean      not null default false,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0
);
create index account_address_account_idx on account_address (account_id);

create table login_session (
    id             uuid primary key,
    account_id     uuid        not null references account (id) on delete cascade,
    channel        varchar(10) not null,
    created_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    revoked_reason varchar(40)
);
create index login_session_account_idx on login_session (account_id);

create table refresh_token (
    token_hash varchar(64) primary key,
    session_id uuid not null references login_session (id) on delete cascade,
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index refresh_token_session_idx on refresh_token (session_id);

create table account_token (
    token_hash varchar(64) primary key,
    account_id uuid        not null references account (id) on delete cascade,
    purpose    varchar(20) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_token_account_idx on account_token (account_id);

-- The key that signs access tokens when none is configured: made once, shared by every server.
create table signing_key (
    name       varchar(40)  primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
