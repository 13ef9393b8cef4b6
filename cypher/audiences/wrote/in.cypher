// name: audiences/wrote/in
// mode: fragment
// param $in: where the text was written: SITE_SEARCH, SOCIAL_SIGNAL
// The text is a site search's term (SITE_SEARCH) or a social signal's text (SOCIAL_SIGNAL), as asked.
CASE WHEN w:Touchpoint THEN 'SITE_SEARCH' ELSE 'SOCIAL_SIGNAL' END IN $in
