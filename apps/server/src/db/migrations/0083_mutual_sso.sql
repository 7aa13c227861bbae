-- Single sign-on with OpenID Connect (issue #14 point 8), optional and off by default: a mutual's
-- provider (one per mutual) and the log-ins under way. The client secret is needed in clear to
-- authenticate to the provider; the API never returns it.
create table mutual_sso (
  mutual_id uuid primary key references mutual(id) on delete cascade,
  provider_name text not null,
  issuer text not null,
  client_id text not null,
  client_secret text,
  enabled boolean not null default false,
  -- false only for a provider that does not send email_verified (the mutual vouches for its e-mails)
  require_email_verified boolean not null default true,
  updated_at timestamptz not null default now()
);

-- A log-in sent to the provider and not yet back: the state (its key), nonce and PKCE verifier are
-- kept here, not in a process, so that any instance can take the callback; the callback deletes the
-- row it uses (a replayed state finds nothing). Rows live 10 minutes.
create table oidc_login_attempt (
  state text primary key,
  mutual_id uuid not null references mutual(id) on delete cascade,
  nonce text not null,
  code_verifier text not null,
  expires_at timestamptz not null
);
create index oidc_login_attempt_expires on oidc_login_attempt (expires_at);
