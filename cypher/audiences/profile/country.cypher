// name: audiences/profile/country
// mode: fragment
// param $country: ISO 3166-1 alpha-2
// The customer lives in this country.
c.country = $country
