// POST /api/login: a person's credentials for a session token, with who they are and their role.
import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles.ts';

export const LoginRequestSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }).strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export interface LoginAnswer {
  readonly token: string;
  readonly expiresAt: number;
  readonly user: { readonly username: string; readonly displayName: string; readonly role: Role };
}

export const LoginAnswerSchema = z.object({
  token: z.string().min(16).max(512),
  expiresAt: z.number().int().min(0),
  user: z.object({ username: z.string(), displayName: z.string(), role: z.enum(ROLES) }),
});
