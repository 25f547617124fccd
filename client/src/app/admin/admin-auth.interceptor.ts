import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AdminSession } from './admin-session';

/** Adds the platform admin's bearer token to /api/admin calls; a 401 sends the admin back to the token form. */
export const adminAuthInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/admin/')) return next(req);
  const session = inject(AdminSession);
  const token = session.token();
  const authorised = token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) session.reject();
      return throwError(() => error);
    }),
  );
};
