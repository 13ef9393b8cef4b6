// name: audiences/profile/lifecycle-stage
// mode: fragment
// param $lifecycleStage: lead, prospect, customer or lapsed
// The customer is at this lifecycle stage.
c.lifecycleStage = $lifecycleStage
