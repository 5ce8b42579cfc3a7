#!/bin/sh
# Runs once, when the postgres container initialises its data volume (docker-entrypoint-initdb.d).
# The API's login role: a member of shelfwise_app, which the migrations grant row rights to and
# row-level security binds (backend/prisma/migrations/*_workspaces). Made here, with its password,
# because the migrations cannot know the password; they find shelfwise_app already there.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$API_DATABASE_PASSWORD" <<'SQL'
CREATE ROLE shelfwise_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE ROLE shelfwise_api LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE shelfwise_app PASSWORD :'password';
SQL
