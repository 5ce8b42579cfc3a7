# syntax=docker/dockerfile:1
# The API and the built SPA in one image: `docker compose up --build` (see docker-compose.yml).
# Migrations are their own step: the `migrate` target runs `npm run migrate -w backend` once, before
# the server starts (compose's `migrate` service). The server itself refuses to start on a database
# that misses a migration it ships (backend/src/lib/schema-check.ts), so a skipped step shows as a
# failed start instead of a server on an old schema.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
# The development stack's workspace holds the offline Prisma engine (tools/devstack/prisma-engine),
# which `prisma generate` (run by `npm ci`) and the migrate step use; it never reaches the runtime.
COPY tools/devstack tools/devstack
# `npm ci` runs `prisma generate`, which needs the schema and the engine chooser (scripts/prisma.mjs).
COPY backend/prisma backend/prisma
COPY backend/prisma.config.ts backend/
COPY backend/scripts backend/scripts
RUN npm ci --no-audit --no-fund
COPY backend backend
COPY frontend frontend
RUN npm run build

# The one-off migration step: `docker compose run --rm migrate`, or compose's `migrate` service,
# which the API waits for. Prisma's engine: see backend/scripts/prisma.mjs.
FROM build AS migrate
ENV CHECKPOINT_DISABLE=1
USER node
CMD ["npm", "run", "migrate", "-w", "backend"]

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    CHECKPOINT_DISABLE=1 \
    HOST=0.0.0.0 \
    PORT=5000
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
# Only the manifest: npm ci checks every workspace of the lockfile; none of the stack is installed.
COPY tools/devstack/package.json tools/devstack/
# The migration list the server checks the database against at start (prisma/schema.prisma beside it
# marks the backend folder, see lib/paths.ts); applying them is the migrate stage's job.
COPY backend/prisma backend/prisma
# Production dependencies of the API only. No install scripts: the Prisma client is compiled into
# dist already (no `prisma generate` here); bcrypt's native build is the one script that must run.
# Optional dependencies stay: sharp's prebuilt libvips for this platform (@img/sharp-linux-*) is one.
RUN npm ci --omit=dev --workspace backend --ignore-scripts --no-audit --no-fund \
  && npm rebuild bcrypt && npm cache clean --force
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/frontend/dist frontend/dist
# Everything above stays owned by root and read-only to the process.
USER node
EXPOSE 5000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||5000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# The V8 heap sized for the API (benchmarks/lib/servers.ts starts it alike): with V8's defaults a
# 1M-row CSV export let ~360 MB of garbage pile up before a full collection (benchmarks/RESULTS.md, "Bulk work").
CMD ["node", "--max-semi-space-size=8", "--max-old-space-size=256", "backend/dist/src/server.js"]
