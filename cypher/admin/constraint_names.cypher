// Names of the constraints and indexes present, to skip schema creation when all exist.
SHOW INDEXES YIELD name
RETURN name
