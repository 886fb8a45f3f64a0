#!/usr/bin/env bash
# Projektkontor Östergötland: Keycloak's own database on the same PostgreSQL server.
#
# Run once by the official postgres image on an empty data directory, after 01-roles.sh.
# The role `keycloak` owns the database `keycloak` and nothing else; the portal's roles cannot
# connect to it, and `keycloak` cannot connect to `portal` (01-roles.sh revokes PUBLIC there).
# The password comes from KEYCLOAK_DB_PASSWORD, passed to psql through the environment.
set -Eeo pipefail

: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD måste vara satt (lösenord för rollen keycloak)}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --no-password \
  --username "${POSTGRES_USER:-postgres}" --dbname postgres <<'EOSQL'
\getenv keycloak_password KEYCLOAK_DB_PASSWORD

SELECT 'CREATE ROLE keycloak LOGIN'
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keycloak')
\gexec

ALTER ROLE keycloak WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'keycloak_password';

SELECT 'CREATE DATABASE keycloak OWNER keycloak ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'keycloak')
\gexec

REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE keycloak TO keycloak;
EOSQL
