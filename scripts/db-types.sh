#!/usr/bin/env bash
# The query builder's row types, generated from the migrated schema: migrates a scratch database from nothing and
# writes libs/persistence/src/schema.ts from it (kysely-codegen). `--verify` writes nothing and fails when the
# file no longer matches the migrations (npm test runs it so). Uses DATABASE_URL's server, another database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

base=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/regie}
url="${base%/*}/regie_schema_$$"
admin="${base%/*}/postgres"
drop() { node -e "const {Client}=require('pg');const c=new Client({connectionString:process.argv[1]});c.connect().then(()=>c.query('DROP DATABASE IF EXISTS regie_schema_$$ WITH (FORCE)')).finally(()=>c.end())" "$admin" || true; }
trap drop EXIT
node -r ./scripts/ts-register.cjs -e "require('./libs/persistence/src/cli/migrate').migrate(process.argv[1]).catch((e)=>{console.error(e.message);process.exit(1)})" "$url" >/dev/null
npx kysely-codegen --dialect postgres --url "$url" --date-parser string --exclude-pattern migrations \
  --out-file libs/persistence/src/schema.ts --log-level error "$@"
