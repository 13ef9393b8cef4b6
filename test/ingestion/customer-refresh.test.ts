import { describe, expect, it } from 'vitest';
import { customerRefresh, type WrittenRecord } from '../../src/ingestion/customer-refresh.js';

const written = (record: Record<string, unknown>, outcome: WrittenRecord['outcome'], customerBefore?: string): WrittenRecord => ({
  record: { source: 'depot', sourceId: String(record.sourceId), ...record } as unknown as WrittenRecord['record'],
  outcome,
  customerBefore,
});

describe('what a batch derives again (customerRefresh)', () => {
  it('relinks a journey from the earliest event the batch wrote, and refreshes golden records of customer records only', () => {
    const refresh = customerRefresh(
      [
        written(
          { kind: 'touchpoint', sourceId: 'T2', at: '2025-03-09T10:00:00Z' },
          { status: 'accepted', customerId: 'cu-ola', reasons: [] },
        ),
        written(
          { kind: 'order', sourceId: 'O1', placedAt: '2025-01-30T08:15:00Z' },
          { status: 'accepted', customerId: 'cu-ola', reasons: [] },
        ),
        written({ kind: 'consent', sourceId: 'K1' }, { status: 'accepted', customerId: 'cu-ingrid', reasons: [] }),
        written({ kind: 'customer', sourceId: 'C9' }, { status: 'updated', customerId: 'cu-ingrid', reasons: [] }),
      ],
      [],
    );
    expect(refresh).toEqual({ rebuild: [], profiles: ['cu-ingrid'], journeys: [{ id: 'cu-ola', since: '2025-01-30T08:15:00Z' }] });
  });

  it('rebuilds both customers of a record that moved and every merge survivor, and relinks their journeys whole', () => {
    const refresh = customerRefresh(
      [
        written({ kind: 'customer', sourceId: 'C3' }, { status: 'updated', customerId: 'cu-new', reasons: [] }, 'cu-old'),
        written(
          { kind: 'socialSignal', sourceId: 'S1', at: '2025-02-01T00:00:00Z' },
          { status: 'accepted', customerId: 'cu-old', reasons: [] },
        ),
      ],
      [{ survivor: 'cu-kept', absorbed: ['cu-gone'], reason: 'shared loyalty card' }],
    );
    expect(refresh.rebuild).toEqual(['cu-kept', 'cu-new', 'cu-old']);
    expect(refresh.profiles).toEqual(['cu-kept', 'cu-new', 'cu-old']);
    expect(refresh.journeys).toEqual([
      { id: 'cu-kept', since: null },
      { id: 'cu-new', since: null },
      { id: 'cu-old', since: null },
    ]);
  });
});
