-- Driver positions belong to messaging-service (its own schema, written by the driver's WebSocket, purged after 30 days;
-- issue 11): trip-service never wrote or read this table.
DROP TABLE driver_locations;
