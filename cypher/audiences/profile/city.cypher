// name: audiences/profile/city
// mode: fragment
// param $city: lower case
// The customer lives in this city (case-insensitive).
toLower(c.city) = $city
