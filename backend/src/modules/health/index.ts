export { writeLiveness } from './health.controller.js';
export { healthApiDoc } from './health.openapi.js';
export { healthRouter } from './health.routes.js';
