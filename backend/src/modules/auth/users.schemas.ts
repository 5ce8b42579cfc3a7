import Joi from 'joi';

export const listUsersQuery = Joi.object({
  limit: Joi.number().integer().min(1).max(100).default(20),
  cursor: Joi.string().max(200),
});

export const userIdParams = Joi.object({ id: Joi.string().guid().required() });

// Only the role can be changed here; any other field is refused by name.
export const changeRoleBody = Joi.object({ role: Joi.string().valid('USER', 'ADMIN').required() });

export interface ListUsersQuery {
  limit: number;
  cursor?: string;
}
export interface ChangeRoleBody {
  role: 'USER' | 'ADMIN';
}
