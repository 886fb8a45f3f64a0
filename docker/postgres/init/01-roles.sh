#!/usr/bin/env bash
# Projektkontor Östergötland: the portal's database and its two roles.
#
# Run once by the official postgres image on an empty data directory (/docker-entrypoint-initdb.d),
# as the superuser over the local socket. Mirrors bootstrapRolesSql() and ensureDatabaseAndRoles()
# in apps/api/src/database/embedded-database.ts; change both together.
#
#   portal_owner  owns the database `portal` and, through the migrations, every table.
#   portal_app    what the API connects as: owns nothing, NOINHERIT, no BYPASSRLS, so row-level
#                 security always applies. The API refuses to start if this does not hold.
#   portal_search NOLOGIN BYPASSRLS; owns only the register's search function.
#
# Passwords come from PORTAL_OWNER_PASSWORD and PORTAL_APP_PASSWORD. They reach psql through the
# environment (\getenv), never the command line, and are quoted by psql (:'var'), so any character
# is safe here; the API's connection URLs in compose.yaml are another matter (see .env.example).
#
# Works whether the entrypoint runs this file (executable) or sources it (not executable), so it
# sets no shell options of its own beyond the entrypoint's and leaves no variables behind.
set -Eeo pipefail

: "${PORTAL_OWNER_PASSWORD:?PORTAL_OWNER_PASSWORD måste vara satt (lösenord för portal_owner)}"
: "${PORTAL_APP_PASSWORD:?PORTAL_APP_PASSWORD måste vara satt (lösenord för portal_app)}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --no-password \
  --username "${POSTGRES_USER:-postgres}" --dbname postgres <<'EOSQL'
\getenv owner_password PORTAL_OWNER_PASSWORD
\getenv app_password PORTAL_APP_PASSWORD

SELECT 'CREATE ROLE portal_owner LOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_owner')
\gexec
SELECT 'CREATE ROLE portal_app LOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app')
\gexec

ALTER ROLE portal_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE portal_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';

-- portal_search: owns only app.search_initiatives (see the migration), so register searches can
-- use their indexes under row-level security. It cannot log in; the function checks visibility.
SELECT 'CREATE ROLE portal_search NOLOGIN BYPASSRLS'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_search')
\gexec
GRANT portal_search TO portal_owner;

SELECT 'CREATE DATABASE portal OWNER portal_owner ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'portal')
\gexec

REVOKE ALL ON DATABASE portal FROM PUBLIC;
GRANT CONNECT ON DATABASE portal TO portal_app;
EOSQL
