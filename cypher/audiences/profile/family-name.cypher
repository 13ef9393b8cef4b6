// name: audiences/profile/family-name
// mode: fragment
// param $familyName: lower case
// The customer has this family name (case-insensitive).
toLower(c.familyName) = $familyName
