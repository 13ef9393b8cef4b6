import type { Plugin } from 'graphql-yoga';
import type { RequestAccess } from '../access/request-access.js';
import { currentRequestId } from '../observability/log.js';
import type { AuditTrail } from './trail.js';

/** When a request's execution is done, what it read and wrote goes to the audit trail. */
export function useAuditTrail(trail: AuditTrail): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ args }) {
          const { access } = args.contextValue as unknown as { access: RequestAccess };
          trail.record(access, args.operationName ?? operationNameOf(args.document), currentRequestId() ?? null);
        },
      };
    },
  };
}

function operationNameOf(document: { definitions: readonly { kind: string; name?: { value: string } }[] }): string | null {
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  return operations.length === 1 ? (operations[0]!.name?.value ?? null) : null;
}
