# The explorer and GraphiQL, built once into hashed, precompressed assets; the service only serves them.
FROM node:24.21.0-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY web ./web
COPY examples ./examples
RUN npx vite build --config web/vite.config.ts

# The service on Node 24, which runs the TypeScript sources directly (type stripping): no build step.
FROM node:24.21.0-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# --ignore-scripts: the image has its own Node; the `node` dev dependency is for machines without one.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY src ./src
COPY cypher ./cypher
COPY data ./data
COPY examples ./examples
COPY --from=web /app/web/dist ./web/dist
USER node
EXPOSE 4000
# node directly, not npm, so SIGTERM from `docker stop` reaches the service and it shuts down cleanly.
CMD ["node", "src/main.ts"]
