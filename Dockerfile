# Mutualis in one small image: the server (TypeScript run by tsx) and the built web app.
# Build:  docker build -t mutualis .
# Run:    docker run -p 3000:3000 -e DATABASE_URL=postgres://… mutualis
#         (without DATABASE_URL it keeps an embedded PostgreSQL (PGlite) in the /data volume)
# Node 24 is the current LTS; the image never runs as root.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/contracts/package.json packages/contracts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY packages/contracts/package.json packages/contracts/
# Runtime dependencies only (tsx runs the TypeScript sources; no compiler, linter or browser).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-bookworm-slim
# pg_dump / pg_restore for `npx mutualis backup|restore` (Debian's 15, like the database in compose.yaml).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --chown=root:root apps/server ./apps/server
COPY --chown=root:root packages ./packages
COPY --chown=root:root apps/web/package.json ./apps/web/package.json
COPY --from=build --chown=root:root /app/apps/web/dist ./apps/web/dist
COPY --from=build --chown=root:root /app/apps/server/dist ./apps/server/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# `npm start` semantics without building (the web app and the server bundle are built into the image):
# migrate, seed the demo when SEED_DEMO=true and the database is empty, serve.
CMD ["node", "--enable-source-maps", "apps/server/dist/main.mjs"]
