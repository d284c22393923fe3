// Delete every node and relationship of the database (tests and `kamgraph erase --all`).
MATCH (n)
DETACH DELETE n
