import type { Plugin } from 'graphql-yoga';
import type { RequestAccess } from '../access/request-access.js';
import { currentRequestId } from '../observability/log.js';
import type { AuditTrail } from './trail.js';

/**
 * When a request's execution is done, what it read and wrote goes to the audit trail; for a
 * subscription, after each event it sent (each event has its own record of reads, see renewForEvent).
 */
export function useAuditTrail(trail: AuditTrail): Plugin {
  const record = ({
    args,
  }: {
    args: { contextValue: unknown; operationName?: string | null; document: Parameters<typeof operationNameOf>[0] };
  }) => {
    const { access } = args.contextValue as { access: RequestAccess };
    trail.record(access, args.operationName ?? operationNameOf(args.document), currentRequestId() ?? null);
  };
  return {
    onExecute: () => ({ onExecuteDone: record }),
    onSubscribe: () => ({ onSubscribeResult: () => ({ onNext: record }) }),
  };
}

function operationNameOf(document: { definitions: readonly { kind: string; name?: { value: string } }[] }): string | null {
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  return operations.length === 1 ? (operations[0]!.name?.value ?? null) : null;
}
