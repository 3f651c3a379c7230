import { parseArgs } from 'node:util';
import { ConfigError } from '../server/config.js';
import { InvalidCatalogueError } from '../modules/catalogue/service.js';
import { auditVerifyCommand } from './commands/audit-verify.js';
import { catalogueValidateCommand } from './commands/catalogue-validate.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { startCommand } from './commands/start.js';
import { userCreateCommand } from './commands/user-create.js';

const USAGE = `Usage: openimi <command> [options]

Commands:
  start [--training] [--port N]      migrate, (in training: load the training world on first start), serve
  migrate                            apply pending database migrations
  seed --training [--scale N]        load the synthetic training world into an empty database
  catalogue validate [--dir D] [--languages en,de]
                                     check the procedure catalogue; print every problem, or the counts
  audit verify                       walk the audit hash chain and name the first broken link
  user create --email E --name N [--language L] [--password P]
              [--commission-admin] [--coordinator CC] [--delegated CC [--areas a,b] [--regions r,s]]
              [--authority ID --roles administrator,handler]
                                     create an active user (password from --password or OPENIMI_PASSWORD)

Configuration comes from the environment (see README.md): DATABASE_URL, DATA_DIR, PORT, ...`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return startCommand(rest);
    case 'migrate':
      return migrateCommand(rest);
    case 'seed':
      return seedCommand(rest);
    case 'audit': {
      const [sub, ...more] = rest;
      if (sub === 'verify') return auditVerifyCommand(more);
      break;
    }
    case 'catalogue': {
      const [sub, ...more] = rest;
      if (sub === 'validate') return catalogueValidateCommand(more);
      break;
    }
    case 'user': {
      const [sub, ...more] = rest;
      if (sub === 'create') return userCreateCommand(more);
      break;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
  }
  console.error(`Unknown command: ${argv.join(' ')}\n\n${USAGE}`);
  return 2;
}

// Exported for the CLI's own tests.
export { main, parseArgs };

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof InvalidCatalogueError) console.error(err.message);
    else console.error(err instanceof Error ? err.stack ?? err.message : String(err));
    process.exitCode = 1;
  },
);
