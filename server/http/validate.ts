import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { ValidationFailed, type FieldError } from '../errors/app-error.ts';

/**
 * `validate(schema)` parses req.body with a zod schema and replaces it with the parsed value.
 * Every issue becomes a field error carrying an i18n key (namespace `validation`): custom
 * refinements put their key in the message (`'validation:ineCheckDigit'`).
 */
export function validate(schema: z.ZodType) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const parsed = schema.safeParse(req.body ?? {});
    if (parsed.success) {
      req.body = parsed.data;
      return next();
    }
    next(new ValidationFailed(parsed.error.issues.map((i) => fieldError(i, req.body))));
  };
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

export function fieldError(issue: z.core.$ZodIssue, input: unknown): FieldError {
  const field = issue.path.map(String).join('.') || '(body)';
  if (issue.message.startsWith('validation:')) return { field, key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? { field, key: 'validation:required' } : { field, key: 'validation:invalidType', params: { expected: issue.expected } };
    case 'too_small':
      return issue.origin === 'array' ? { field, key: 'validation:tooFewItems', params: { min: Number(issue.minimum) } } : { field, key: 'validation:tooShort', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'array' ? { field, key: 'validation:tooManyItems', params: { max: Number(issue.maximum) } } : { field, key: 'validation:tooLong', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { field, key: 'validation:invalidFormat' };
    case 'invalid_value':
      return { field, key: 'validation:invalidOption', params: { options: issue.values.join(', ') } };
    case 'unrecognized_keys':
      return { field: issue.keys.join(', '), key: 'validation:unknownField' };
    default:
      return { field, key: 'validation:invalid' };
  }
}
