// Names of the indexes present, to skip schema creation when all exist.
SHOW INDEXES YIELD name
RETURN name
