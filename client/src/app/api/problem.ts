import { HttpErrorResponse } from '@angular/common/http';

/** One field message of an `application/problem+json` answer; `field` is a dotted path. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the API sends them (messages already in the user's language). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
}

/**
 * Reads the problem+json body of a failed request. Returns null when there is none
 * (network failure, proxy error page…), so the caller can show its own generic message.
 */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  if (!body || typeof body !== 'object') return null;
  const problem = body as Problem;
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter((e): e is FieldProblem => !!e && typeof e.field === 'string' && typeof e.message === 'string')
    : undefined;
  return { ...problem, status: problem.status ?? error.status, errors };
}

/** The one sentence to show for a problem: its detail, else its title. */
export function problemMessage(problem: Problem | null): string | null {
  return problem?.detail || problem?.title || null;
}
