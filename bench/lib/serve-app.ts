import { createApp } from '../../server/app.ts';
import { installDatabase } from '../../server/db/current.ts';
import { openDatabase } from '../../server/db/database.ts';

/** Child process: the real app on PORT against DATABASE_URL (the benchmark's load runs elsewhere). */
const database = await openDatabase();
installDatabase(database.knex);
const server = createApp().listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => void database.close().then(() => process.exit(0))));
