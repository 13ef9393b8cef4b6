// name: migrations/0002-customer-graph-model
// mode: schema
// The rest of the customer graph: customers merged away (kept as redirects), products in a
// category hierarchy, channels, orders, touchpoints, social signals, topics and consents, with a
// uniqueness constraint on every id and an index on every look-up path the ingestion and the API use.
CREATE CONSTRAINT merged_customer_id IF NOT EXISTS
FOR (m:MergedCustomer) REQUIRE m.id IS UNIQUE;

CREATE CONSTRAINT product_sku IF NOT EXISTS
FOR (p:Product) REQUIRE p.sku IS UNIQUE;

CREATE CONSTRAINT category_path IF NOT EXISTS
FOR (c:Category) REQUIRE c.path IS UNIQUE;

CREATE CONSTRAINT channel_name IF NOT EXISTS
FOR (c:Channel) REQUIRE c.name IS UNIQUE;

CREATE CONSTRAINT order_id IF NOT EXISTS
FOR (o:Order) REQUIRE o.id IS UNIQUE;

CREATE CONSTRAINT touchpoint_id IF NOT EXISTS
FOR (t:Touchpoint) REQUIRE t.id IS UNIQUE;

CREATE CONSTRAINT social_signal_id IF NOT EXISTS
FOR (s:SocialSignal) REQUIRE s.id IS UNIQUE;

CREATE CONSTRAINT topic_name IF NOT EXISTS
FOR (t:Topic) REQUIRE t.name IS UNIQUE;

CREATE CONSTRAINT consent_id IF NOT EXISTS
FOR (c:Consent) REQUIRE c.id IS UNIQUE;

CREATE INDEX source_record_kind IF NOT EXISTS
FOR (r:SourceRecord) ON (r.kind);

CREATE INDEX order_placed_at IF NOT EXISTS
FOR (o:Order) ON (o.placedAt);

CREATE INDEX touchpoint_at IF NOT EXISTS
FOR (t:Touchpoint) ON (t.at);

CREATE INDEX touchpoint_type IF NOT EXISTS
FOR (t:Touchpoint) ON (t.type);

CREATE INDEX social_signal_at IF NOT EXISTS
FOR (s:SocialSignal) ON (s.at);

CREATE INDEX consent_purpose IF NOT EXISTS
FOR (c:Consent) ON (c.purpose);

CREATE INDEX customer_created_at IF NOT EXISTS
FOR (c:Customer) ON (c.createdAt)
