// name: health/ping
// mode: read
// The cheapest statement that proves the database answers queries (used by /readyz).
RETURN 1 AS ok
