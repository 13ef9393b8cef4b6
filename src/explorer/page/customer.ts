/** The customer 360 as the explorer's operations read it. */

export interface Money {
  amount: string;
  currency: string;
}

export interface JourneyStep {
  kind: 'ORDER' | 'TOUCHPOINT' | 'SOCIAL_SIGNAL';
  id: string;
  type: string;
  /** For a social signal, its platform. */
  channel: string;
  at: string;
  stage: string;
  channelChanged: boolean;
}

export interface LeadReason {
  kind: string;
  at: string;
  text: string;
}

export interface Customer360 {
  id: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  lifecycleStage: string | null;
  createdAt: string;
  updatedAt: string;
  identities: { type: string; value: string; firstSeenAt: string | null }[];
  metrics: {
    orderCount: number;
    recencyDays: number | null;
    recencyScore: number | null;
    frequencyScore: number | null;
    monetaryScore: number | null;
    firstSeenAt: string | null;
    lastSeenAt: string | null;
    lifetimeValue: Money | null;
    averageOrderValue: Money | null;
  };
  consents: { purpose: string; status: string; at: string; source: string; history: { status: string; at: string; source: string }[] }[];
  segments: { segment: { name: string }; entered: string; left: string | null }[];
  household: { id: string; size: number; members: { id: string; givenName: string | null; familyName: string | null }[] } | null;
  orders: {
    totalCount: number;
    nodes: {
      id: string;
      placedAt: string;
      channel: string | null;
      total: Money;
      lines: { quantity: number; product: { sku: string; name: string } }[];
    }[];
  };
  topics: { topic: { name: string }; signals: number; touchpoints: number; sentiment: number | null; lastAt: string }[];
  nextBestAction: {
    topic: { name: string };
    recommendation: string;
    channel: string | null;
    at: string;
    capped: boolean;
    activeHour: number | null;
    reasons: LeadReason[];
  } | null;
  journey: { entry: { id: string } | null; currentStage: string | null; steps: JourneyStep[] };
}

export interface CustomerSources {
  attributeSources: { attribute: string; value: string; source: string; sourceId: string; saidAt: string }[];
  sourceRecords: {
    totalCount: number;
    nodes: { source: string; sourceId: string; kind: string; updatedAt: string | null; importedAt: string }[];
  };
}
