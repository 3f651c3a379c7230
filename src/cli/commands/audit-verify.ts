import { verifyAuditChain } from '../../modules/audit/service.js';
import { loadConfig } from '../../server/config.js';
import { openMigrated } from './database.js';

export async function auditVerifyCommand(_args: string[]): Promise<number> {
  const config = loadConfig();
  const handle = await openMigrated(config);
  try {
    const verdict = await verifyAuditChain(handle.db);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.count} events, head ${verdict.headHash}.`);
      return 0;
    }
    console.error(`Audit chain BROKEN at event ${verdict.brokenAt} (${verdict.reason}); ${verdict.count} events before it verify.`);
    return 1;
  } finally {
    await handle.close();
  }
}
