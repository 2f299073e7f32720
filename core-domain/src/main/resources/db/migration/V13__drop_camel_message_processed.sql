-- The notification ledger (V3) replaced Camel's idempotent-consumer table: nothing reads or writes it.
DROP TABLE CAMEL_MESSAGEPROCESSED;
