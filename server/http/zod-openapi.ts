import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/** zod with `.openapi()`: schema files import `z` from here so the extension is always loaded. */
extendZodWithOpenApi(z);
export { z };
