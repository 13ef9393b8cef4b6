# The service alone; Neo4j comes from docker-compose.yml (or NEO4J_URI), never embedded in the image.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY schema.graphql ./
COPY cypher ./cypher
COPY sources ./sources
COPY rules ./rules
COPY src ./src
# The files activation exports (rules/destinations.yaml) are written by the node user the service runs as.
RUN mkdir -p exports && chown node:node exports
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node itself is PID 1 and handles SIGTERM: HTTP server, then the driver, are closed in order.
CMD ["node", "--import", "tsx", "src/main.ts"]
