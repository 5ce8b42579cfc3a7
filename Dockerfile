# syntax=docker/dockerfile:1
# The API and the built SPA in one image: `docker compose up --build` (see docker-compose.yml).
# On start the server applies the Prisma migrations before it listens, and exits non-zero if they
# fail, so the orchestrator sees a failed start instead of a server on an old schema.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
# `npm ci` runs `prisma generate`, which needs the schema and the offline engine wrapper.
COPY backend/prisma backend/prisma
COPY backend/prisma.config.ts backend/
COPY backend/scripts backend/scripts
RUN npm ci --no-audit --no-fund
COPY backend backend
COPY frontend frontend
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    CHECKPOINT_DISABLE=1 \
    HOST=0.0.0.0 \
    PORT=5000
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
# The migrations and the offline schema engine the server runs them with at start.
COPY backend/prisma backend/prisma
COPY backend/prisma.config.ts backend/
COPY backend/scripts backend/scripts
# Production dependencies of the API only; the private-PostgreSQL fallback is optional and unused here.
RUN npm ci --omit=dev --omit=optional --workspace backend --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/frontend/dist frontend/dist
# Everything above stays owned by root and read-only to the process.
USER node
EXPOSE 5000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||5000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "backend/dist/src/server.js"]
