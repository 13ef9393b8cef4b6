// name: customers/list/filter
// mode: fragment
// param $filter: {country, lifecycleStage, familyName (lower case), createdSince, createdBefore}, each null when not asked
// Whether customer c passes the filter of a page of customers (as customers/count counts them).
($filter.country IS NULL OR c.country = $filter.country)
  AND ($filter.lifecycleStage IS NULL OR c.lifecycleStage = $filter.lifecycleStage)
  AND ($filter.familyName IS NULL OR toLower(c.familyName) = $filter.familyName)
  AND ($filter.createdSince IS NULL OR c.createdAt >= datetime($filter.createdSince))
  AND ($filter.createdBefore IS NULL OR c.createdAt < datetime($filter.createdBefore))
