#!/bin/sh
# First start of an empty volume only: the role the server runs as. POSTGRES_USER (gxpbridge) owns the database and
# runs the migrations; the server grants gxp_app INSERT/SELECT only on the audit ledger (docs/operations.md).
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$GXP_DB_APP_PASSWORD" <<'SQL'
create role gxp_app login password :'app_password';
SQL
