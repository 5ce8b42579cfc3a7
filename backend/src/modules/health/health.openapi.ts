import type { JsonSchema, ModuleApiDoc } from '../../lib/openapi/index.js';

// /health and /health/ready (health.routes.ts). Not under /api/v1: no rate limit, no auth.

const check: JsonSchema = {
  type: 'object',
  required: ['status', 'latencyMs'],
  properties: {
    status: { type: 'string', enum: ['up', 'down'] },
    latencyMs: { type: 'integer', minimum: 0 },
    error: { type: 'string' },
    driver: { type: 'string', enum: ['redis', 'memory'] },
  },
};

const checks: JsonSchema = {
  type: 'object',
  required: ['database', 'cache'],
  properties: {
    database: { $ref: '#/components/schemas/DependencyCheck' },
    cache: { $ref: '#/components/schemas/DependencyCheck' },
    replica: { $ref: '#/components/schemas/DependencyCheck', description: 'Only when DATABASE_REPLICA_URL is set; down degrades, reads go to the primary.' },
  },
  additionalProperties: false,
};

export const healthApiDoc: ModuleApiDoc = {
  tags: [{ name: 'health', description: 'Probes for load balancers and orchestrators. They also answer HEAD.' }],
  schemas: {
    DependencyCheck: check,
    Liveness: {
      type: 'object',
      required: ['status', 'uptime', 'timestamp', 'version'],
      properties: {
        status: { const: 'ok' },
        uptime: { type: 'integer', minimum: 0, description: 'Seconds since the process started.' },
        timestamp: { type: 'string', format: 'date-time' },
        version: { type: 'string' },
      },
      additionalProperties: false,
    },
    Readiness: {
      type: 'object',
      required: ['status', 'draining', 'checks'],
      properties: {
        status: { type: 'string', enum: ['ok', 'degraded'], description: '`degraded`: Redis or the read replica is down; reads go to the primary database.' },
        draining: { const: false },
        checks,
      },
      additionalProperties: false,
    },
  },
  operations: [
    {
      operationId: 'getLiveness',
      method: 'get',
      path: '/health',
      summary: 'Liveness',
      description: 'Answers while the process runs; checks no dependency.',
      tags: ['health'],
      security: [],
      rateLimited: false,
      headers: ['Cache-Control'],
      responses: { 200: { description: 'The process is alive.', schema: { $ref: '#/components/schemas/Liveness' } } },
      problems: {},
    },
    {
      operationId: 'getReadiness',
      method: 'get',
      path: '/health/ready',
      summary: 'Readiness',
      description: 'Ready while PostgreSQL answers. 503 when it does not, or while the instance drains after SIGTERM.',
      tags: ['health'],
      security: [],
      rateLimited: false,
      headers: ['Cache-Control'],
      responses: { 200: { description: 'Ready to take traffic.', schema: { $ref: '#/components/schemas/Readiness' } } },
      problems: { 503: ['not_ready', 'draining'] },
    },
  ],
};
