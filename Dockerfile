# syntax=docker/dockerfile:1
# The API and the built SPA in one image. Migrations are applied on start (and the process exits
# non-zero if they fail, so the orchestrator sees it).

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
    PORT=5000
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY backend/prisma backend/prisma
COPY backend/prisma.config.ts backend/
COPY backend/scripts backend/scripts
# Production dependencies of the API only; the private-PostgreSQL fallback is optional and unused here.
RUN npm ci --omit=dev --omit=optional --workspace backend --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/frontend/dist frontend/dist
USER node
EXPOSE 5000
CMD ["node", "backend/dist/src/server.js"]
