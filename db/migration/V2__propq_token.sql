-- PropQ access tokens, shared by every instance and kept across restarts (PropQ: "an access token can be
-- cached ... to use in 30 days"). The layout is the one Spring Security's JdbcOAuth2AuthorizedClientService
-- reads and writes (its oauth2-client-schema-postgres.sql), with timestamptz instead of timestamp so that
-- instances in different time zones agree on when a token expires.
create table oauth2_authorized_client (
    client_registration_id   varchar(100)  not null,
    principal_name           varchar(200)  not null,
    access_token_type        varchar(100)  not null,
    access_token_value       bytea         not null,
    access_token_issued_at   timestamptz   not null,
    access_token_expires_at  timestamptz   not null,
    access_token_scopes      varchar(1000),
    refresh_token_value      bytea,
    refresh_token_issued_at  timestamptz,
    created_at               timestamptz   not null default now(),
    primary key (client_registration_id, principal_name)
);
