// name: migrations/0009-buyer-clusters
// mode: schema
// Buyer clusters are found again by id (an audience names one).
CREATE CONSTRAINT buyer_cluster_id IF NOT EXISTS
FOR (k:BuyerCluster) REQUIRE k.id IS UNIQUE
