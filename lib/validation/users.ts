import { z } from 'zod';
import { LOCALES, ROLES } from '@/db/schema';
import { isLocale } from '@/i18n/routing';
import { MIN_PASSWORD_LENGTH } from './password';

const userId = z.coerce.number().int().positive();

export const createUserInputSchema = z.object({
  name: z.string().trim().min(1, 'Errors.required').max(120, 'Errors.invalidField'),
  email: z.string().trim().toLowerCase().min(1, 'Errors.required').email('Errors.invalidEmail').max(254, 'Errors.invalidEmail'),
  role: z.enum(ROLES, 'Errors.invalidField'),
  preferredLocale: z.enum(LOCALES, 'Errors.invalidField'),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const userIdInputSchema = z.object({ userId });
export type UserIdInput = z.infer<typeof userIdInputSchema>;

export const changeUserRoleInputSchema = z.object({ userId, role: z.enum(ROLES, 'Errors.invalidField') });
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleInputSchema>;

export const setPasswordInputSchema = z
  .object({
    token: z.string().min(1).max(200),
    locale: z.string().refine(isLocale),
    password: z.string().min(MIN_PASSWORD_LENGTH, 'Errors.passwordTooShort').max(1024, 'Errors.invalidField'),
    confirm: z.string().min(1, 'Errors.required'),
  })
  .refine((input) => input.password === input.confirm, { message: 'Errors.passwordMismatch', path: ['confirm'] });
export type SetPasswordInput = z.infer<typeof setPasswordInputSchema>;
