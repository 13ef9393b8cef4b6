// name: migrations/0004-segments
// mode: schema
// Segments are named; a name is unique.
CREATE CONSTRAINT segment_name IF NOT EXISTS
FOR (s:Segment) REQUIRE s.name IS UNIQUE
