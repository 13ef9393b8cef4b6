// name: bench/customer-count
// mode: read
// How many customers the benchmark graph holds (0: it must be imported first).
MATCH (c:Customer)
RETURN count(c) AS count
