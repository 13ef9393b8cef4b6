// name: audiences/profile/region
// mode: fragment
// param $region: lower case
// The customer lives in this region (case-insensitive).
toLower(c.region) = $region
