// name: communities/buyer-clusters/page
// mode: read
// param $after: [size, id] of the last cluster of the previous page, or null
// param $limit: page size plus one
// The buyer clusters, largest first (then by id); `total` is how many there are.
MATCH (cluster:BuyerCluster)
WITH cluster ORDER BY cluster.size DESC, cluster.id
WITH collect(cluster) AS clusters
RETURN size(clusters) AS total,
       [cluster IN clusters
        WHERE $after IS NULL OR cluster.size < $after[0] OR (cluster.size = $after[0] AND cluster.id > $after[1]) | cluster {.*}][..$limit] AS clusters
