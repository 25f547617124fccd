import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AdminSession } from './admin-session';

/** Admin calls ride on the session cookie (and the CSRF header); a 401 sends the admin back to the login form. */
export const adminAuthInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/admin/')) return next(req);
  const session = inject(AdminSession);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) session.reject();
      return throwError(() => error);
    }),
  );
};
