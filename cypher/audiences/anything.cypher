// name: audiences/anything
// mode: fragment
// A condition that always holds (a clause that asks nothing more, e.g. "purchased anything").
true
