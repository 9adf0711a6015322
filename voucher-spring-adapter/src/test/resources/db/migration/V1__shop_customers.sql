-- the shop's own first migration (SchemaMigrationTest)
CREATE TABLE shop_customers (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);
