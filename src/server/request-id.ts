import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const VALID_ID = /^[\w.:-]{1,128}$/;

/** The request id of a request: a well-formed `x-request-id` header, or a new UUID. */
export function requestIdOf(req: Request): string {
  const header = req.get('x-request-id');
  return header !== undefined && VALID_ID.test(header) ? header : randomUUID();
}

/** Express middleware: settles the request id, echoes it in the response and keeps it in `res.locals`. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = requestIdOf(req);
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}
