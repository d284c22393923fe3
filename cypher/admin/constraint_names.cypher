// Names of the constraints present, to skip schema creation when all exist.
SHOW CONSTRAINTS YIELD name
RETURN name
