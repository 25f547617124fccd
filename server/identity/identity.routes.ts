import { Router } from 'express';
import { accountRouter } from './account.routes.ts';
import { demoMailboxRouter } from './demo-mailbox.routes.ts';
import { pinRouter } from './pin.routes.ts';
import { sessionRouter } from './session.routes.ts';

/** Everything identity serves under /api (the certificate listener has its own app). */
export const identityRouter = Router();
identityRouter.use(sessionRouter, pinRouter, accountRouter, demoMailboxRouter);
